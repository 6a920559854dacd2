package dev.headroom.model.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Mutator;
import dev.headroom.testing.Oracles;

/**
 * The option-file reader against MariaDB's own ({@code my_print_defaults --mysqld}, package
 * mariadb-client-core): for mutated corpus files without directives (an {@code !include} would
 * name the host's files, not the test tree's), the server options are the same, in the same
 * order, byte for byte, and my_print_defaults fails exactly when headroom reports a fatal
 * reading error. Skipped where my_print_defaults is not installed (CI does not install it yet).
 */
class OptionFileDifferentialTest {

    private static final long SEED = 20261124L;
    private static final String[] SPICE = {"=", "#", ";", "[", "]", "[mysqld]\n", "[client]\n", "[ mysqld]\n",
        "[MariaDB]\n", "\"", "'", "\\", "\\n", "\\s", "\n", "\r", "\r\n", "\0", "\t", " ", "loose-", "skip-",
        "key_buffer = 16M\n", "\u00e9", "\u00ff", "\u000b"};
    private static final List<MysqlProblem.Kind> FATAL = List.of(MysqlProblem.Kind.OPTION_WITHOUT_GROUP,
            MysqlProblem.Kind.BAD_GROUP, MysqlProblem.Kind.BAD_DIRECTIVE);

    @TempDir
    Path root;

    @Test
    void serverOptionsAreWhatMyPrintDefaultsPrints() throws Exception {
        Path tool = ExternalProcess.onPath("my_print_defaults");
        Oracles.require(tool != null, "my_print_defaults (mariadb-client-core)");
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Oracles.corpus("mysql"))) {
            for (Path p : s.sorted().collect(Collectors.toList())) {
                seeds.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        Mutator mutator = new Mutator(SPICE, 100);
        Random rnd = new Random(SEED);
        int compared = 0;
        for (int i = 0; i < 1000; i++) {
            String text = mutator.mutate(seeds.get(rnd.nextInt(seeds.size())), rnd, rnd.nextInt(8));
            if (text.indexOf('!') >= 0 || SourceFile.fromBytes("", "", text.getBytes(StandardCharsets.ISO_8859_1))
                    .looksBinary()) {
                continue;
            }
            MyTree t = new MyTree(root).write("/etc/mysql/my.cnf", text);
            MysqlConfig ours = MysqlReader.readFile(new RootedFs(root), "/etc/mysql/my.cnf");
            if (ours.problems().stream().anyMatch(p -> p.kind() == MysqlProblem.Kind.NO_NAME)) {
                // "= value": my_default.c trims the empty name backwards past the line's start and
                // hands on garbage ("--= mysql"), which mariadbd refuses; headroom says NO_NAME.
                continue;
            }
            boolean fatal = ours.problems().stream().anyMatch(p -> FATAL.contains(p.kind()));
            Process p = new ProcessBuilder(tool.toString(), "--defaults-file=" + t.path("/etc/mysql/my.cnf"),
                    "--mysqld").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String label = "mutation " + i + " of seed " + SEED + ":\n" + text;
            assertThat(p.exitValue() != 0).as(label).isEqualTo(fatal);
            if (!fatal) {
                StringBuilder expected = new StringBuilder();
                for (MysqlOption o : ours.serverOptions()) {
                    expected.append("--").append(o.name()).append(o.value() == null ? "" : "=" + o.value()).append('\n');
                }
                assertThat(new String(out, StandardCharsets.ISO_8859_1)).as(label).isEqualTo(expected.toString());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void cornerCasesAgree() throws IOException, InterruptedException {
        Path tool = ExternalProcess.onPath("my_print_defaults");
        Oracles.require(tool != null, "my_print_defaults (mariadb-client-core)");
        String text = "[mysqld]\nk1 = \"a # b\" # c\nk2 = 'x\\ty'\nk3=\\n\\s\\q\\\\\nk4 = \"unbalanced\nk5=\"a\"b\"\n"
                + "  k6  \nk7 = ;x\nk8 = \"x\\\"#y\" # z\nk9 =\nk-10 = 5\nk11 = a\\\n[mysqld] tail\nn=ab\0cd\r\n"
                + "long=" + "y".repeat(4200) + "=z\n[ mysqld]\nhidden=1\n";
        MyTree t = new MyTree(root).write("/etc/mysql/my.cnf", text);
        MysqlConfig ours = MysqlReader.readFile(new RootedFs(root), "/etc/mysql/my.cnf");
        Process p = new ProcessBuilder(tool.toString(), "--defaults-file=" + t.path("/etc/mysql/my.cnf"), "--mysqld")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        p.waitFor(20, TimeUnit.SECONDS);
        String expected = ours.serverOptions().stream()
                .map(o -> "--" + o.name() + (o.value() == null ? "" : "=" + o.value()) + "\n").collect(Collectors.joining());
        assertThat(out).isEqualTo(expected);
    }
}
