package dev.headroom.lang.sysctl;

import static org.assertj.core.api.Assertions.assertThat;

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

import dev.headroom.testing.Oracles;

/**
 * Mutated sysctl files: no exception escapes, parse-then-print stays byte-identical, and the
 * lines read are still exactly those the port of systemd's own parser reads. Seeds are fixed
 * so a failure reproduces; the mutation number is in the assertion message.
 */
class SysctlFuzzTest {

    private static final long SEED = 20261123L;
    private static final String[] SPICE = {"=", "-", "#", ";", " ", "\t", "\n", "\r", "\r\n", "\n\r", "\0",
        "\f", "\u000b", "/", ".", "*", "?", "[", "]", "\\", "..", "//", " = ", "-vm.swappiness", "vm.swappiness = 1\n",
        "net.ipv4.conf.*.rp_filter = 2\n", "\u00e9", "\u00ff", "\u0080"};
    private static final Mutator MUTATOR = new Mutator(SPICE, 200);

    @Test
    void mutatedFilesNeverThrowAndStayLossless() throws IOException {
        List<String> seeds = seeds();
        Random rnd = new Random(SEED);
        for (int i = 0; i < 3000; i++) {
            String base = seeds.get(rnd.nextInt(seeds.size()));
            String mutated = mutate(base, rnd, 1 + rnd.nextInt(10));
            String label = "mutation " + i + " of seed " + SEED;
            SysctlSyntax s = SysctlSyntax.parse(mutated);
            assertThat(s.errors()).as(label).isEmpty();
            assertThat(s.print()).as(label).isEqualTo(mutated);
            for (SysctlEntry e : s.entries()) {
                assertThat(e.start()).as(label).isBetween(0, e.stop());
                assertThat(e.stop()).as(label).isLessThan(mutated.length());
                assertThat(e.line()).as(label).isPositive();
            }
            SysctlSyntaxTest.assertAgreesWithSystemd(mutated, s);
        }
    }

    private static String mutate(String s, Random rnd, int n) {
        return MUTATOR.mutate(s, rnd, n);
    }

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("vm.swappiness = 10\n-fs.file-max=1048576\n# c\n; d\nnet.ipv4.conf.*.rp_filter = 2\n"
                + "-net.ipv4.conf.all.rp_filter\nkernel/pid_max = 4194304\n");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Oracles.project().resolve("src/test/resources/sysctl"))) {
            files.addAll(s.sorted().collect(Collectors.toList()));
        }
        for (String d : List.of("/usr/lib/sysctl.d", "/etc/sysctl.d")) {
            if (Files.isDirectory(Path.of(d))) {
                try (Stream<Path> s = Files.list(Path.of(d))) {
                    files.addAll(s.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
                }
            }
        }
        for (Path p : files) {
            out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
        return out;
    }
}
