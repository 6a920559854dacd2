package dev.headroom.model.mysql;

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
 * Mutated, truncated, CRLF, random and huge option files, and include cycles: the reader never
 * throws, every problem has a place, the formula always gives a number, in bounded time.
 */
class MysqlFuzzTest {

    private static final long SEED = 20261123L;
    private static final String[] SPICE = {"=", "#", ";", "[", "]", "[mysqld]\n", "[client]\n", "\"", "'", "\\",
        "\n", "\r", "\r\n", "\0", "!include /etc/mysql/my.cnf\n", "!includedir /etc/mysql/conf.d/\n", "!include",
        "loose-", "skip-", "key_buffer = 16M\n", "max_connections = 0\n", "sort_buffer_size = 9E\n", "1.5G", "K",
        "\u00e9", "\u00ff"};
    private static final Mutator MUTATOR = new Mutator(SPICE, 200);

    @TempDir
    Path root;

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("[mysqld]\nkey_buffer_size = 16M\nmax_connections = 20\n!includedir /etc/mysql/conf.d/\n");
        try (Stream<Path> s = Files.list(Oracles.corpus("mysql"))) {
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
                String main = MUTATOR.mutate(seeds.get(rnd.nextInt(seeds.size())), rnd, 1 + rnd.nextInt(10));
                String dropIn = MUTATOR.mutate(seeds.get(rnd.nextInt(seeds.size())), rnd, rnd.nextInt(5));
                MyTree t = new MyTree(root.resolve("m" + (i % 20))).write("/etc/mysql/my.cnf", main)
                        .write("/etc/mysql/conf.d/x.cnf", dropIn);
                assertNoEscape(t, "mutation " + i + " of seed " + SEED);
            }
        });
    }

    @Test
    void randomBytesTruncationsAndCrlf() throws IOException {
        List<String> seeds = seeds();
        Random rnd = new Random(SEED + 1);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 300; i++) {
                for (String text : Mutator.damaged(seeds, rnd, 3000)) {
                    assertNoEscape(new MyTree(root.resolve("r")).write("/etc/mysql/my.cnf", text), "random " + i);
                }
            }
        });
    }

    @Test
    void includeCyclesWithFanOutStopInBoundedTime() throws IOException {
        StringBuilder fan = new StringBuilder("[mysqld]\nmax_connections = 17\n");
        for (int i = 0; i < 10; i++) {
            fan.append("!include /etc/mysql/my.cnf\n!includedir /etc/mysql/conf.d\n");
        }
        MyTree t = new MyTree(root).write("/etc/mysql/my.cnf", fan.toString()).write("/etc/mysql/conf.d/a.cnf", fan.toString());
        MysqlConfig c = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), t::read);
        assertThat(c.files()).hasSize(2);
        assertThat(c.maxConnections()).isEqualTo(17);
        assertThat(c.problems().stream().map(MysqlProblem::kind)).contains(MysqlProblem.Kind.READ_LIMIT);
    }

    @Test
    void hugeFileIsReadInBoundedTime() throws IOException {
        StringBuilder b = new StringBuilder("[mysqld]\n");
        while (b.length() < 8 * 1024 * 1024) {
            b.append("max_connections = 42 # ").append(b.length()).append('\n');
        }
        MyTree t = new MyTree(root).write("/etc/mysql/my.cnf", b.toString());
        MysqlConfig c = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), t::read);
        assertThat(c.maxConnections()).isEqualTo(42);
    }

    private static void assertNoEscape(MyTree t, String label) {
        MysqlConfig c = t.read();
        assertThat(c).as(label).isNotNull();
        assertThat(c.maxPossibleBytes()).as(label).isPositive();
        for (MysqlProblem p : c.problems()) {
            assertThat(p.origin()).as(label).isNotNull();
            assertThat(p.message()).as(label).isNotBlank();
        }
        c.effective();
    }
}
