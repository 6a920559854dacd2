package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.Mutator;

/** netstat -m as OpenBSD 3.x prints it (usr.bin/netstat/mbuf.c mbpr). */
class NetstatMbufsTest {

    /** The paper's sample (BSWS firewall, OpenBSD 3.1), one item per line as netstat prints it. */
    static final String PAPER = "384 mbufs in use:\n"
            + "\t100 mbufs allocated to data\n"
            + "\t178 mbufs allocated to packet headers\n"
            + "\t106 mbufs allocated to socket names and addresses\n"
            + "85/1048 mapped pages in use\n"
            + "3144 Kbytes allocated to network (8% in use)\n"
            + "0 requests for memory denied\n"
            + "0 requests for memory delayed\n"
            + "0 calls to protocol drain routines\n";

    @Test
    void thePapersSample() {
        NetstatMbufs n = NetstatMbufs.read(PAPER);
        assertThat(n.problems()).isEmpty();
        assertThat(n.mbufsInUse()).isEqualTo(384L);
        assertThat(n.allocations()).extracting(MbufAllocation::type, MbufAllocation::count, MbufAllocation::line)
                .containsExactly(tuple("data", 100L, 2), tuple("packet headers", 178L, 3),
                        tuple("socket names and addresses", 106L, 4));
        assertThat(n.allocations().stream().mapToLong(MbufAllocation::count).sum()).isEqualTo(n.mbufsInUse());
        // "Mapped pages" are clusters: 1048 is 524 pages of two.
        assertThat(n.clustersInUse()).isEqualTo(85L);
        assertThat(n.clustersAllocated()).isEqualTo(1048L);
        assertThat(n.kbytesAllocated()).isEqualTo(3144L);
        assertThat(n.percentInUse()).isEqualTo(8L);
        assertThat(n.requestsDenied()).isZero();
        assertThat(n.requestsDelayed()).isZero();
        assertThat(n.drainCalls()).isZero();
        assertThat(NetstatMbufs.recognises(PAPER)).isTrue();
    }

    @Test
    void missingLinesAreNullAndStrangeOnesProblems() {
        NetstatMbufs n = NetstatMbufs.read("$ netstat -m\r\n1 mbuf in use:\r\n\t1 mbuf allocated to <mbuf type 9>\r\n"
                + "85/1048 mapped pages in use\r\n85/1048 mapped pages in use\r\n"
                + "99999999999999999999999 requests for memory denied\r\n");
        assertThat(n.mbufsInUse()).isEqualTo(1L);
        assertThat(n.allocations()).extracting(MbufAllocation::type).containsExactly("<mbuf type 9>");
        assertThat(n.kbytesAllocated()).isNull();
        assertThat(n.percentInUse()).isNull();
        assertThat(n.requestsDenied()).isNull();
        assertThat(n.drainCalls()).isNull();
        assertThat(n.problems()).extracting(OutputProblem::line, OutputProblem::message).containsExactly(
                tuple(1, "not a line of netstat -m: '$ netstat -m'"),
                tuple(5, "'mapped pages in use' again: the first one counts"),
                tuple(6, "'99999999999999999999999' is too large a number"));
    }

    @Test
    void otherOutputIsNotRecognised() {
        assertThat(NetstatMbufs.recognises(VmstatPoolsTest.FULL)).isFalse();
        assertThat(NetstatMbufs.recognises("")).isFalse();
        assertThat(NetstatMbufs.recognises("3144 Kbytes allocated to network (8% in use)")).isTrue();
        NetstatMbufs n = NetstatMbufs.read("");
        assertThat(n.problems()).extracting(OutputProblem::line).containsExactly(1);
    }

    @Test
    void mutatedTruncatedAndRandomOutputNeverThrows() {
        Mutator mutator = new Mutator(new String[] {"\n", "\r\n", "\t", " ", "/", "%", "(", ")", "-",
            "99999999999999999999", " mbufs in use:", " mbufs allocated to ", "\u00e9", "\0"}, 100);
        mutator.fuzz(List.of(PAPER), new Random(20261126L), 3000, NetstatMbufsTest::check);
    }

    private static void check(String text, String label) {
        NetstatMbufs n = NetstatMbufs.read(text);
        NetstatMbufs.recognises(text);
        int lines = text.split("\n", -1).length;
        assertThat(n.problems()).as(label).allMatch(p -> p.line() >= 1 && p.line() <= lines);
        assertThat(n.allocations()).as(label).allMatch(a -> a.line() >= 1 && a.line() <= lines && a.count() >= 0);
    }
}
