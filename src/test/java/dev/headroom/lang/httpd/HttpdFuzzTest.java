package dev.headroom.lang.httpd;

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
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.Finding;
import dev.headroom.model.Workspace;
import dev.headroom.rules.Linter;
import dev.headroom.rules.RuleFilter;
import dev.headroom.testing.Oracles;

/**
 * Mutated configurations through the whole pipeline: no exception escapes, and parse-then-print
 * stays byte-identical whatever the input. Seeds are fixed so a failure reproduces; the seed
 * and mutation count are in the assertion message.
 */
class HttpdFuzzTest {

    private static final String[] SPICE = {"\\", "\\\n", "\"", "'", "<", "</", ">", "#", "\r", "\r\n", "\n",
        "\u0000", "${", "}", "${X}", "<IfModule", "</IfModule>", "<VirtualHost *:80>", "</VirtualHost>",
        "Include *.conf\n", "IncludeOptional ../*\n", "Define X\n", "MaxRequestWorkers -1\n",
        "ThreadsPerChild 999999999999\n", "<IfDefine !X>", "<IfVersion ~ (>", "\u00e9", "\t", " "};
    private static final Mutator MUTATOR = new Mutator(SPICE, 200);

    @TempDir
    Path dir;

    @Test
    void mutatedConfigsNeverCrashThePipeline() throws IOException {
        List<String> seeds = seeds();
        Random rnd = new Random(20261123);
        int runs = 0;
        for (int i = 0; i < 1500; i++) {
            String base = seeds.get(rnd.nextInt(seeds.size()));
            String mutated = mutate(base, rnd, 1 + rnd.nextInt(8));
            String label = "mutation " + i + " of seed 20261123";
            HttpdSyntax s = HttpdSyntax.parse(mutated);
            assertThat(s.print()).as(label).isEqualTo(mutated);
            assertThat(s.errors()).as(label).isEmpty();
            Path f = dir.resolve("m" + (i % 20) + ".conf");
            Files.write(f, mutated.getBytes(StandardCharsets.ISO_8859_1));
            Workspace ws = Workspace.files(dir, List.of(f), dir, "httpd");
            List<Finding> findings = new Linter(RuleFilter.all()).check(ws.httpd());
            assertThat(findings).as(label).allSatisfy(x -> assertThat(x.origin()).isNotNull());
            runs++;
        }
        assertThat(runs).isEqualTo(1500);
    }

    private static String mutate(String s, Random rnd, int n) {
        return MUTATOR.mutate(s, rnd, n);
    }

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("LoadModule mpm_event_module m.so\n<IfModule mpm_event_module>\n  ServerLimit 8\n"
                + "  ThreadsPerChild 10\n  MaxRequestWorkers 85\n</IfModule>\n<VirtualHost *:80>\n"
                + "  ServerName \"a b\"\n</VirtualHost>\n");
        Path corpus = Path.of(System.getProperty("headroom.shared", "../shared"), "corpus", "httpd");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : s.sorted().collect(Collectors.toList())) {
                    out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        } else {
            Oracles.require(false, "the shared corpus");
        }
        return out;
    }
}
