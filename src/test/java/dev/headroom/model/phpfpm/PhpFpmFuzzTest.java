package dev.headroom.model.phpfpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.Mutator;
import dev.headroom.testing.Oracles;

/**
 * Mutated, truncated, CRLF, random and huge php-fpm files, and include cycles: the reader never
 * throws, every problem has a place, and it finishes in bounded time. Seeds are fixed.
 */
class PhpFpmFuzzTest {

    private static final long SEED = 20261123L;
    private static final String[] SPICE = {"=", ";", "#", "[", "]", "[www]\n", "[global]\n", "\"", "'", "$pool",
        "${HOME}", "\n", "\r", "\r\n", "\0", "\\", "php_value[memory_limit] = ", "pm = dynamic\n", "pm = ondemand\n",
        "pm.max_children = 0\n", "pm.start_servers = 99\n", "include=/etc/php-fpm.conf\n",
        "include=/etc/php-fpm.d/*.conf\n", "include=../x\n", "yes", "|", "\u00b5", "\u00ff"};
    private static final Mutator MUTATOR = new Mutator(SPICE, 200);

    @TempDir
    Path root;

    private List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        out.add(FpmTree.pool("www", "pm = dynamic\npm.max_children = 5\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n"));
        Path dir = Oracles.corpus("php-fpm");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().collect(Collectors.toList())) {
                out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    @Test
    void mutatedFilesNeverThrow() throws IOException {
        List<String> seeds = seeds();
        Random rnd = new Random(SEED);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            for (int i = 0; i < 1500; i++) {
                String label = "mutation " + i + " of seed " + SEED;
                String master = MUTATOR.mutate("[global]\ninclude=/etc/php-fpm.d/*.conf\n", rnd, rnd.nextInt(3));
                String pool = MUTATOR.mutate(seeds.get(rnd.nextInt(seeds.size())), rnd, 1 + rnd.nextInt(10));
                Path r = root.resolve("m" + (i % 20));
                FpmTree t = new FpmTree(r).write("/etc/php-fpm.conf", master).write("/etc/php-fpm.d/www.conf", pool);
                assertNoEscape(t, label);
            }
        });
    }

    @Test
    void randomBytesTruncationsAndCrlf() throws IOException {
        List<String> seeds = seeds();
        Random rnd = new Random(SEED + 1);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 300; i++) {
                for (String text : Mutator.damaged(seeds, rnd, 2000)) {
                    FpmTree t = new FpmTree(root.resolve("r")).write("/etc/php-fpm.conf", text);
                    assertNoEscape(t, "random " + i);
                }
            }
        });
    }

    @Test
    void includeCyclesAndFanOutStopInBoundedTime() throws IOException {
        StringBuilder fan = new StringBuilder("[www]\n");
        for (int i = 0; i < 20; i++) {
            fan.append("include=/etc/php-fpm.d/*.conf\n");
        }
        FpmTree t = new FpmTree(root).write("/etc/php-fpm.conf", "include=/etc/php-fpm.d/*.conf\n")
                .write("/etc/php-fpm.d/a.conf", fan.toString())
                .write("/etc/php-fpm.d/b.conf", "include=/etc/php-fpm.conf\n" + fan);
        PhpFpmSetup s = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), t::read);
        assertThat(s.files().size()).isLessThanOrEqualTo(FpmConfLoader.MAX_FILES + 1);
        assertThat(s.problems().stream().map(PhpFpmProblem::kind)).contains(PhpFpmProblem.Kind.INCLUDE_FAILED,
                PhpFpmProblem.Kind.READ_LIMIT);
    }

    @Test
    void hugeFileIsReadInBoundedTime() throws IOException {
        StringBuilder b = new StringBuilder(FpmTree.pool("www", "pm = static\n"));
        while (b.length() < 8 * 1024 * 1024) {
            b.append("pm.max_children = 7 ; ").append(b.length()).append('\n');
        }
        FpmTree t = new FpmTree(root).write("/etc/php-fpm.conf", b.toString());
        PhpFpmSetup s = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), t::read);
        assertThat(s.pools().get(0).maxProcesses()).isEqualTo(7);
    }

    private static void assertNoEscape(FpmTree t, String label) {
        PhpFpmSetup s = t.read();
        assertThat(s).as(label).isNotNull();
        for (PhpFpmProblem p : s.problems()) {
            assertThat(p.origin()).as(label).isNotNull();
            assertThat(p.message()).as(label).isNotBlank();
        }
        for (PhpFpmPool p : s.pools()) {
            assertThat(p.maxProcesses()).as(label).isNotNegative();
            p.memoryLimitBytes();
        }
    }
}
