package dev.headroom.lang.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamTool;
import dev.headroom.testing.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.headroom.testing.Mutator;

import org.junit.jupiter.api.Test;

/**
 * Mutated, random and oversized ClamAV files: no exception escapes (from the syntax or from the
 * effective configuration of any tool), parse-then-print stays byte-identical, and the lines read
 * are still exactly those of the literal transcription of optparse(). Seeds are fixed so a
 * failure reproduces; the mutation number is in the assertion message.
 */
class ClamFuzzTest {

    private static final long SEED = 20261124L;
    private static final String[] SPICE = {" ", "\t", "\n", "\r", "\r\n", "\0", "\"", "\"\"", "#", "# ", "Example",
        "example", "=", "0", "08", "010", "K", "m", "G", "99999999999999999999", "yes", "TRUE", "on", "-",
        "MaxThreads 5\n", "TCPAddr ::1\n", "LogFileMaxSize 0\n", "ScanOnAccess yes\n", "log /tmp/x\n",
        "DatabaseMirror db.local.clamav.net\n", "\u00e9", "\u00ff", "\u0080", "\u00c3\u00a9", " ".repeat(1030),
        "a".repeat(1023)};
    private static final Mutator MUTATOR = new Mutator(SPICE, 1200);

    @Test
    void mutatedFilesNeverThrowAndStayLossless() throws IOException {
        List<String> seeds = seeds();
        Random rnd = new Random(SEED);
        for (int i = 0; i < 3000; i++) {
            String base = seeds.get(rnd.nextInt(seeds.size()));
            check(mutate(base, rnd, 1 + rnd.nextInt(12)), "mutation " + i + " of seed " + SEED);
        }
    }

    @Test
    void randomBytesNeverThrowAndStayLossless() {
        Random rnd = new Random(SEED + 1);
        for (int i = 0; i < 500; i++) {
            // plenty of the bytes optparse cares about
            check(Mutator.noise(rnd, 4000, " \t\n\"#\r\0E", 3), "random file " + i + " of seed " + (SEED + 1));
        }
    }

    @Test
    void crlfHugeLinesAndLatin1() throws IOException {
        List<String> seeds = seeds();
        for (int i = 0; i < seeds.size(); i++) {
            check(seeds.get(i).replace("\n", "\r\n"), "CRLF seed " + i);
            check(seeds.get(i).replace("\n", "\r"), "CR seed " + i);
        }
        check("LocalSocket " + "/x".repeat(1 << 20) + "\nMaxThreads 5\n", "a 2 MiB line");
        check(" ".repeat(5000) + "MaxThreads 5\n" + "\t".repeat(1022) + "MaxThreads 6\n", "long blank runs");
        check("LocalSocket \"" + "\u00e9".repeat(3000) + "\"\n", "a long Latin-1 argument");
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 256; c++) {
            all.append("N").append((char) c).append("v").append((char) c).append('\n');
        }
        check(all.toString(), "every byte as a separator");
    }

    private static void check(String text, String label) {
        ClamSyntax s = ClamSyntax.parse(text);
        assertThat(s.errors()).as(label).isEmpty();
        assertThat(s.print()).as(label).isEqualTo(text);
        for (ClamEntry e : s.entries()) {
            assertThat(e.start()).as(label).isBetween(0, e.stop());
            assertThat(e.stop()).as(label).isLessThan(text.length());
            assertThat(e.line()).as(label).isPositive();
            assertThat(e.readerLine()).as(label).isGreaterThanOrEqualTo(e.line());
            assertThat(e.argument()).as(label).isNotEmpty();
        }
        OptparseReference.assertAgrees(text, s, label);
        ClamTokens.assertAgree(text, s, label);
        for (ClamTool t : ClamTool.values()) {
            for (ClamConfig.Reader r : ClamConfig.Reader.values()) {
                ClamConfig c = ClamConfig.read("f.conf", s, t, r);
                assertThat(c.problems().stream().filter(p -> p.severity() == ClamProblem.Severity.ERROR).count())
                        .as(label).isLessThanOrEqualTo(1);
                for (ClamProblem p : c.problems()) {
                    assertThat(p.printed("f.conf")).as(label).isNotNull();
                }
            }
        }
    }

    private static String mutate(String s, Random rnd, int n) {
        return MUTATOR.mutate(s, rnd, n);
    }

    static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("MaxThreads 5\nMaxThreads 7\nTCPAddr 127.0.0.1\nTCPAddr ::1\nLocalSocket \"/run/a b\"\n"
                + "# c\nLogFileMaxSize 0\nStreamMaxLength 010M\n");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Oracles.corpus("clamav"))) {
            files.addAll(s.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
        }
        for (String f : List.of("/etc/clamav/clamd.conf", "/etc/clamav/freshclam.conf")) {
            if (Files.isRegularFile(Path.of(f))) {
                files.add(Path.of(f));
            }
        }
        for (Path p : files) {
            out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
        return out;
    }
}
