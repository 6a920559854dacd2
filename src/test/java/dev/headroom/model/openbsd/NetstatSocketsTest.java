package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NetstatSocketsTest {

    private static final String PAPER = """
            Active Internet connections
            Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)
            tcp        0   5346  172.23.1.1.22          10.172.2.32.1156       ESTABLISHED
            tcp        0      0  172.23.1.1.22          172.23.1.3.39679       ESTABLISHED
            Active Internet connections (including servers)\r
            Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)\r
            tcp     8811      0  172.23.1.1.22          10.172.2.32.1156       ESTABLISHED\r
            tcp     5820      0  172.23.1.1.22          172.23.1.3.39679       ESTABLISHED\r
            udp        0      0  *.514                  *.*\r
            """;

    @Test
    void readsEachSampleWithItsQueues() {
        assertThat(NetstatSockets.recognises(PAPER)).isTrue();
        NetstatSockets s = NetstatSockets.read(PAPER);
        assertThat(s.problems()).isEmpty();
        assertThat(s.samples()).hasSize(2);
        assertThat(s.samples().get(0).line()).isEqualTo(1);
        assertThat(s.samples().get(0).sockets().get(0).sendQ()).isEqualTo(5346);
        assertThat(s.samples().get(1).recvQ("172.23.1.1.22")).isEqualTo(8811 + 5820);
        NetstatSockets.Socket udp = s.samples().get(1).sockets().get(2);
        assertThat(udp.state()).isNull();
        assertThat(udp.line()).isEqualTo(9);
    }

    @Test
    void aRowThatIsNoneIsAProblemAndNothingElseIsRead() {
        NetstatSockets s = NetstatSockets.read("Active Internet connections\ntcp x 0 a b\nnoise before\n");
        assertThat(s.problems()).extracting(OutputProblem::line).containsExactly(2, 3);
        assertThat(NetstatSockets.read("tcp 1 2 a b\n").samples()).isEmpty();
        assertThat(NetstatSockets.recognises("384 mbufs in use:\n")).isFalse();
    }

    @Test
    void fuzzedOutputNeverThrows() {
        Random r = new Random(8);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder(PAPER);
            for (int k = 0; k < 1 + r.nextInt(8); k++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(3)) {
                    case 0 -> b.insert(at, (char) r.nextInt(256));
                    case 1 -> b.deleteCharAt(at);
                    default -> b.insert(at, "99999999999999999999999");
                }
            }
            String t = i % 7 == 0 ? b.substring(0, r.nextInt(b.length())) : b.toString();
            NetstatSockets s = NetstatSockets.read(t);
            assertThat(s.samples().size() + s.problems().size()).isGreaterThanOrEqualTo(0);
        }
    }
}
