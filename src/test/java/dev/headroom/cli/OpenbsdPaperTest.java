package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;

/**
 * Issue 9's acceptance: the paper's two machines (shared/seeds/002, 7.1 and 7.2, as
 * examples/chat4free and examples/firewall) and its warning about NMBCLUSTERS=65535, through
 * the command line.
 */
class OpenbsdPaperTest {

    @TempDir
    Path tmp;

    @Test
    void chat4freeFitsItsWindow() {
        CliRun r = CliRun.of("lint", "--fail-on", "info", "--facts", "examples/chat4free/host.ini",
                "examples/chat4free/CHAT4FREE");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("[BS304]").doesNotContain("[BS301]").doesNotContain("[BS302]")
                .contains("no findings");
        assertThat(r.exit()).isZero();
    }

    @Test
    void firewallPoolFailuresRecommendMoreThan1024Clusters() {
        CliRun r = CliRun.of("lint", "--facts", "examples/firewall/host.ini", "examples/firewall/FIREWALL",
                "examples/firewall/vmstat-m.txt");
        assertThat(r.out()).contains("examples/firewall/vmstat-m.txt:2:1: warning: mclpl refused 14725 requests")
                .contains("set option NMBCLUSTERS=2048 and build the kernel [BS303]");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void firewallAsAPairDoublesTheRecommendation() throws IOException {
        Path facts = tmp.resolve("pair.ini");
        Files.writeString(facts, "[openbsd]\nrelease = 3.0\npeers = 2\n");
        CliRun r = CliRun.of("lint", "--facts", facts.toString(), "examples/firewall/vmstat-m.txt");
        assertThat(r.out()).contains("× 2 machines").contains("NMBCLUSTERS=4096");
        // --peers beats the facts file, and works without one
        CliRun three = CliRun.of("lint", "--facts", facts.toString(), "--peers", "3", "examples/firewall/vmstat-m.txt");
        assertThat(three.out()).contains("× 3 machines").contains("NMBCLUSTERS=6144");
        CliRun flag = CliRun.of("lint", "--peers", "2", "examples/firewall/vmstat-m.txt");
        assertThat(flag.out()).contains("× 2 machines");
        assertThat(CliRun.of("lint", "--peers", "0", "examples/firewall/vmstat-m.txt").exit()).isEqualTo(2);
    }

    @Test
    void nmbclusters65535IsReportedAs128MiBOfPreAllocation() throws IOException {
        Path k = tmp.resolve("SAFE");
        Files.writeString(k, "machine\ti386\noption\tNMBCLUSTERS=65535\t# just to be safe\n");
        Path facts = tmp.resolve("host.ini");
        Files.writeString(facts, "[openbsd]\nrelease = 3.1\n");
        CliRun r = CliRun.of("lint", "--facts", facts.toString(), k.toString());
        assertThat(r.out()).contains(":2:8: warning: NMBCLUSTERS 65535 pre-allocates 134,215,680 bytes (128 MiB)")
                .contains("[BS301]");
    }

    @Test
    void aReleaseWithTheSysctlSaysSo() throws IOException {
        Path k = tmp.resolve("K42");
        Files.writeString(k, "machine\ti386\noption\tNMBCLUSTERS=65535\n");
        Path facts = tmp.resolve("h42.ini");
        Files.writeString(facts, "[openbsd]\nrelease = 4.2\n");
        CliRun r = CliRun.of("lint", "--facts", facts.toString(), k.toString());
        assertThat(r.out()).contains("kern.maxclusters=65535").contains("[BS101]").doesNotContain("[BS301]");
    }

    @Test
    void langOpenbsdReadsAFileDetectionWouldNot() throws IOException {
        Path k = tmp.resolve("k.conf");
        Files.writeString(k, "# nothing but a comment\n");
        assertThat(CliRun.of("lint", k.toString()).err()).contains("cannot tell which daemon");
        CliRun r = CliRun.of("lint", "--lang", "openbsd", k.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
    }

    @Test
    void withVmstatTheNeedIsTheHighWaterMark() throws IOException {
        Path k = tmp.resolve("WEB");
        Files.writeString(k, "machine\ti386\noption\tNMBCLUSTERS=65535\noption\tNKMEMPAGES=131072\n");
        Path v = tmp.resolve("vmstat-m.txt");
        Files.writeString(v, "Name Size Requests Fail Releases Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle\n"
                + "mclpl 2048 99999 0 99000 600 76 524 524 4 32767 4\n");
        CliRun r = CliRun.of("lint", "--lang", "openbsd", k.toString(), v.toString());
        assertThat(r.out()).contains("Hiwat 524 pages × 2 clusters per page = 1048 clusters")
                .contains("set it to 2048 [BS301]").doesNotContain("[BS303]");
    }

    @Test
    void garbledInputsNeverEscapeAsExceptions() throws IOException {
        String[] pieces = {"option ", "NMBCLUSTERS", "=", "65535", "rmoption ", "include \"", "\"", "machine ",
            "i386", "maxusers ", "\n", "#", " ", "\\\n", ",", "0x", "-", "(", "mclpl 2048 1 1 1 1 1 1 1 1 1 1\n",
            "Name Size Requests Fail Releases Pgreq Pgrel Npage Hiwat Minpg Maxpg Idle\n", "\u00ff", "\t"};
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 60; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            Path f = tmp.resolve("fuzz" + i);
            Files.writeString(f, b, java.nio.charset.StandardCharsets.ISO_8859_1);
            CliRun r = CliRun.of("lint", "--lang", "openbsd", "--fail-on", "none", f.toString());
            assertThat(r.exit()).as("input %s: %s", b, r.err()).isIn(0, 3);
        }
    }

    @Test
    void underRootTheFactsFileNamesTheFiles() throws IOException {
        Path root = tmp.resolve("root");
        Path conf = Files.createDirectories(root.resolve("usr/src/sys/arch/i386/conf"));
        Files.copy(Path.of("examples/firewall/FIREWALL"), conf.resolve("FIREWALL"));
        Files.createDirectories(root.resolve("var/log"));
        Files.copy(Path.of("examples/firewall/vmstat-m.txt"), root.resolve("var/log/vmstat-m.txt"));
        Path facts = tmp.resolve("fw.ini");
        Files.writeString(facts, "[host]\nram = 128M\n[openbsd]\nrelease = 3.0\npeers = 2\n"
                + "kernel = /usr/src/sys/arch/i386/conf/FIREWALL\nvmstat-m = /var/log/vmstat-m.txt\n");
        CliRun r = CliRun.of("lint", "--root", root.toString(), "--facts", facts.toString());
        assertThat(r.out()).contains("var/log/vmstat-m.txt:2:1: warning: mclpl refused 14725 requests")
                .contains("NMBCLUSTERS=4096");
        assertThat(r.exit()).isEqualTo(1);

        Files.writeString(facts, "[openbsd]\nkernel = /usr/src/sys/arch/i386/conf/MISSING\n");
        CliRun missing = CliRun.of("lint", "--root", root.toString(), "--facts", facts.toString());
        assertThat(missing.err()).contains("usr/src/sys/arch/i386/conf/MISSING: error: no such file"
                + " (named by [openbsd] kernel in " + facts + ")");
        assertThat(missing.exit()).isEqualTo(3);
    }
}
