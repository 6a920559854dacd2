package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.Mutator;

/** The pool part of vmstat -m as OpenBSD's vmstat.c prints it (dopool, PRWORD). */
class VmstatPoolsTest {

    /** The paper's firewall (OpenBSD 3.1, Duron with 128 MB): mclpl over its limit, 14725 failures. */
    private static final String PAPER = "Name Size Requests Fail Releases Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle\n"
            + "mclpl 2048 1758499 14725 1757480 518 2 516 516 4 512 4\n";

    /** A whole vmstat -m: the malloc statistics first, then the pools, widths as printf gives them. */
    static final String FULL = "Memory statistics by bucket size\n"
            + "    Size   In Use   Free   Requests  HighWater  Couldfree\n"
            + "      16     1181    355      19047       1280          0\n"
            + "\n"
            + "Memory usage type by bucket size\n"
            + "    Size  Type(s)\n"
            + "      16  devbuf, pcb, routetbl, ifaddr, sysctl, UFS mount, dirhash, ACPI, proc\n"
            + "\n"
            + "Memory statistics by type                           Type  Kern\n"
            + "          Type InUse MemUse HighUse  Limit Requests Limit Limit Size(s)\n"
            + "        devbuf   823   371K    372K 39322K      850    0     0  16,32,64,128,256\n"
            + "\n"
            + "Memory Totals:  In Use    Free    Requests\n"
            + "                 2553K    121K      103813\n"
            + "Memory resource pool statistics\n"
            + "Name        Size Requests Fail Releases Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle\n"
            + "phpool        40     1203    0      412    12     0    12    12     0   inf    0\n"
            + "mbpl         256 10599250    0 10599245    40     1    39    40     1   inf   37\n"
            + "mclpl       2048  1758499 14725 1757480   518     2   516   516     4   512    4\n"
            + "uvmvnodepl_long 100 123456789012 0 123456789000 2 0     2     2     0   inf    1\n"
            + "anonpl        16  7016591    0  6994418   109     0   109   109     0   inf    0\n"
            + "\n"
            + "In use 6221K, total allocated 8748K; utilization 71.1%\n";

    @Test
    void thePapersFirewallLine() {
        VmstatPools v = VmstatPools.read(PAPER);
        assertThat(v.problems()).isEmpty();
        Pool p = v.pool("mclpl").orElseThrow();
        assertThat(p).isEqualTo(new Pool("mclpl", 2048, 1758499, 14725, 1757480, 518, 2, 516, 516, 4, 512L, 4, 2,
                false));
        // Hiwat 516 pages is 1032 clusters, above Maxpg 512 pages: the 1024-cluster limit was hit.
        assertThat(p.inUse()).isEqualTo(1019);
        assertThat(p.hiwat() * 4096 / p.size()).isEqualTo(1032);
        assertThat(p.unlimited()).isFalse();
        assertThat(v.totals()).isNull();
        assertThat(VmstatPools.recognises(PAPER)).isTrue();
    }

    @Test
    void aWholeVmstatDashM() {
        VmstatPools v = VmstatPools.read(FULL);
        assertThat(v.problems()).isEmpty();
        assertThat(v.pools()).extracting(Pool::name, Pool::line, Pool::maxpg)
                .containsExactly(tuple("phpool", 17, null), tuple("mbpl", 18, null), tuple("mclpl", 19, 512L),
                        tuple("uvmvnodepl_long", 20, null), tuple("anonpl", 21, null));
        // A wide value shifts the columns to its right: the row is read by blanks, not columns.
        Pool wide = v.pool("uvmvnodepl_long").orElseThrow();
        assertThat(wide.requests()).isEqualTo(123456789012L);
        assertThat(wide.inUse()).isEqualTo(12);
        assertThat(wide.idle()).isEqualTo(1);
        assertThat(v.pool("mbpl").orElseThrow().unlimited()).isTrue();
        assertThat(v.totals()).isEqualTo(new PoolTotals(6221, 8748, 71.1, 23));
        assertThat(VmstatPools.recognises(FULL)).isTrue();
    }

    @Test
    void theKinfoPoolVersionPrintsInUseInsteadOfReleases() {
        VmstatPools v = VmstatPools.read("Memory resource pool statistics\n"
                + "Name        Size Requests Fail    InUse Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle\n"
                + "mcl2k       2048   803344    0       34   120    96    24    48     4  3072   20\n"
                + "\nIn use 12050K, total allocated 15996K; utilization 75.3%\n");
        assertThat(v.problems()).isEmpty();
        Pool p = v.pool("mcl2k").orElseThrow();
        assertThat(p.inUseColumn()).isTrue();
        assertThat(p.releasesOrInUse()).isEqualTo(34);
        assertThat(p.inUse()).isEqualTo(34);
        assertThat(p.maxpg()).isEqualTo(3072L);
    }

    @Test
    void badRowsAreProblemsWithTheirLineAndTheOthersStillCount() {
        VmstatPools v = VmstatPools.read(PAPER
                + "mbpl 256 10599250 0 10599245 40 1 39 40 1 inf\n"
                + "x 1 2 3 4 5 6 7 8 9 many 11\n"
                + "y 1 2 3 4 5 6 7 8 9 10 99999999999999999999999\n"
                + "z -1 2 3 4 5 6 7 8 9 inf 0\n"
                + "In use 1K, total allocated 0K; utilization nan%\n");
        assertThat(v.pools()).extracting(Pool::name).containsExactly("mclpl", "z");
        assertThat(v.problems()).extracting(OutputProblem::line).containsExactly(3, 4, 5);
        assertThat(v.problems().get(0).message()).contains("12 fields").endsWith("this line has 11");
        assertThat(v.problems().get(1).message()).isEqualTo("pool x: Maxpg 'many' is not a number nor 'inf'");
        assertThat(v.problems().get(2).message()).isEqualTo("pool y: Idle '99999999999999999999999' is too large");
        assertThat(v.totals()).isEqualTo(new PoolTotals(1, 0, null, 7));
    }

    @Test
    void otherOutputIsNotRecognised() {
        String malloc = FULL.substring(0, FULL.indexOf("Memory resource pool statistics"));
        assertThat(VmstatPools.recognises(malloc)).isFalse();
        assertThat(VmstatPools.recognises(NetstatMbufsTest.PAPER)).isFalse();
        assertThat(VmstatPools.recognises("")).isFalse();
        VmstatPools v = VmstatPools.read(malloc);
        assertThat(v.pools()).isEmpty();
        assertThat(v.problems()).extracting(OutputProblem::line).containsExactly(1);
        // A CRLF copy reads the same.
        assertThat(VmstatPools.read(FULL.replace("\n", "\r\n")).pools()).isEqualTo(VmstatPools.read(FULL).pools());
    }

    @Test
    void mutatedTruncatedAndRandomOutputNeverThrows() {
        Mutator mutator = new Mutator(new String[] {"\n", "\r\n", " ", "\t", "inf", "-", "99999999999999999999",
            "Name Size Requests Fail Releases Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle\n", "In use ", "K, ", "%",
            "\u00e9", "\u00ff", "\0"}, 200);
        mutator.fuzz(List.of(FULL, PAPER), new Random(20261125L), 3000, VmstatPoolsTest::check);
    }

    private static void check(String text, String label) {
        VmstatPools v = VmstatPools.read(text);
        VmstatPools.recognises(text);
        int lines = text.split("\n", -1).length;
        assertThat(v.pools()).as(label).allMatch(p -> p.line() >= 1 && p.line() <= lines && !p.name().isEmpty());
        assertThat(v.problems()).as(label).allMatch(p -> p.line() >= 1 && p.line() <= lines);
    }
}
