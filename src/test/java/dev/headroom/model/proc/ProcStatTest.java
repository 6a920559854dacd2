package dev.headroom.model.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    static ProcStat parse(String s) {
        return ProcStat.parse(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theNameEndsAtTheLastParenthesis() {
        ProcStat s = parse("4242 (a) b (c)) R 17 4242 4242 0 -1 4194560 0 0 0 0");
        assertThat(s).isEqualTo(new ProcStat(4242, 17, "a) b (c)", 'R', 4194560));
        assertThat(parse("9 (two\nlines) S 1 9 9 0 -1 64 0").comm()).isEqualTo("two\nlines");
        assertThat(parse("9 (héllo) S 1 9 9 0 -1 64 0").comm()).isEqualTo("héllo");
        assertThat(parse("9 () S 1 9 9 0 -1 64 0").comm()).isEmpty();
    }

    @Test
    void kernelThreadsAndZombiesHoldNoMemory() {
        // kthreadd as Linux 6.18 writes it
        assertThat(parse("2 (kthreadd) S 0 0 0 0 -1 2129984 0 0 0 0 0 0 0 0 20 0 1 0 24 0 0").holdsNoMemory()).isTrue();
        assertThat(parse("1 (process_api) S 0 0 0 0 -1 4194560 193605").holdsNoMemory()).isFalse();
        assertThat(parse("77 (httpd) Z 1 77 77 0 -1 4227084 0").holdsNoMemory()).isTrue();
    }

    @Test
    void notAStatLineIsNull() {
        assertThat(parse("")).isNull();
        assertThat(parse("hello")).isNull();
        assertThat(parse("(x) S 1 2 3 4 5 6")).isNull();
        assertThat(parse("1 (x) S 1 2")).isNull();
        assertThat(parse("1 (x) S one 2 3 4 5 6")).isNull();
        assertThat(parse("1 (x) SS 1 2 3 4 5 6")).isNull();
        assertThat(parse("99999999999 (x) S 1 2 3 4 5 6")).isNull();
    }
}
