package dev.headroom.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.testing.Oracles;

class FactsFileTest {

    @Test
    void readsTheTarragonFacts() throws Exception {
        String text = Files.readString(Oracles.project().resolve("examples/tarragon/host.ini"));
        HostFacts f = FactsFile.parse("host.ini", text);
        assertThat(f.ram()).isEqualTo(4026531840L);
        assertThat(f.swap()).isZero();
        assertThat(f.cpus()).isEqualTo(1);
        assertThat(f.measured("clamd")).isEqualTo(800L << 20);
        assertThat(f.measured("httpd.child")).isEqualTo(375L << 20);
        // in the file's order, which reports follow
        assertThat(f.measured().keySet()).containsExactly("clamd", "httpd", "httpd.child", "amavis", "mysql", "tor");
        assertThat(f.source()).isEqualTo("host.ini");
    }

    @Test
    void aTypoIsAnErrorWithItsPlace() {
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[host]\nram = 3.75G\nrma = 1G\n"))
                .hasMessage("h.ini:3:1: error: unknown key 'rma' in [host] (ram, swap, cpus)");
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[host]\n  ram = lots\n"))
                .hasMessage("h.ini:2:3: error: ram = 'lots' is not a size (512M, 3.75G, 1536K or bytes)");
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[hots]\nram = 1G\n"))
                .hasMessageStartingWith("h.ini:1:1: error: unknown section [hots]");
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[host]\ncpus = 0\n"))
                .hasMessageContaining("is not a positive whole number");
    }

    @Test
    void noVariableExpansion() throws Exception {
        HostFacts f = FactsFile.parse("h.ini", "[measured]\nx = 1G\n");
        assertThat(f.measured("x")).isEqualTo(1L << 30);
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[measured]\ny = ${measured/x}\n"))
                .hasMessageContaining("is not a size");
    }

    @Test
    void sizes() {
        assertThat(Sizes.parse("512M")).isEqualTo(512L << 20);
        assertThat(Sizes.parse("3.75G")).isEqualTo(4026531840L);
        assertThat(Sizes.parse("1536K")).isEqualTo(1536L << 10);
        assertThat(Sizes.parse("100")).isEqualTo(100L);
        assertThat(Sizes.parse("1GiB")).isEqualTo(1L << 30);
        assertThat(Sizes.parse("1 gb")).isEqualTo(1L << 30);
        assertThat(Sizes.parse("-1G")).isNull();
        assertThat(Sizes.parse("1X")).isNull();
        assertThat(Sizes.parse("99999999999T")).isNull();
        assertThat(Sizes.human(4026531840L)).isEqualTo("3.75 GiB");
        assertThat(Sizes.human(800L << 20)).isEqualTo("800 MiB");
    }

    @Test
    void garbageNeverThrowsAnythingButIniException() {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(200)];
            r.nextBytes(b);
            String text = r.nextBoolean() ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : "[host]\nram = " + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            try {
                FactsFile.parse("f.ini", text);
            } catch (IniFile.IniException e) {
                assertThat(e.getMessage()).startsWith("f.ini:");
            }
        }
    }
}
