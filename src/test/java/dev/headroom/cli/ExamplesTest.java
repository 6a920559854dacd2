package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/**
 * Every example under examples/ is linted and compared with its golden output
 * (examples/NAME/expected-lint.txt), and, where it has host facts, its budget
 * (expected-budget.txt), with the example's host facts (host.ini) when it has some. An example
 * that is files rather than a root (an OpenBSD kernel configuration and a saved vmstat -m) has
 * a {@code lint-args} file instead of {@code root/}: the arguments of {@code lint}, paths
 * relative to the example. Set -Dheadroom.updateGolden=true to rewrite them.
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsGoldenOutput() throws IOException {
        Path examples = Oracles.project().resolve("examples");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(examples)) {
            dirs = s.filter(p -> Files.isDirectory(p.resolve("root")) || Files.exists(p.resolve(LINT_ARGS))).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(dirs).isNotEmpty();
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (Path d : dirs) {
            if (Files.exists(d.resolve(LINT_ARGS))) {
                tests.add(DynamicTest.dynamicTest(d.getFileName() + " lint", () -> goldenFiles(d)));
                continue;
            }
            tests.add(DynamicTest.dynamicTest(d.getFileName() + " lint", () -> golden(d, "lint", "--fail-on", "info")));
            if (Files.exists(d.resolve("host.ini"))) {
                tests.add(DynamicTest.dynamicTest(d.getFileName() + " budget", () -> golden(d, "budget")));
            }
        }
        return tests.stream();
    }

    private static final String LINT_ARGS = "lint-args";

    /** lint on an example's files, as its lint-args name them, against examples/NAME/expected-lint.txt. */
    private static void goldenFiles(Path d) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("lint", "--fail-on", "info"));
        Path cwd = Path.of("").toAbsolutePath();
        for (String a : Files.readString(d.resolve(LINT_ARGS)).trim().split("\\s+")) {
            args.add(a.startsWith("-") ? a : cwd.relativize(d.resolve(a).toAbsolutePath()).toString());
        }
        check(d, "lint", CliRun.of(args.toArray(new String[0])));
    }

    /** One command on an example, against examples/NAME/expected-COMMAND.txt. */
    private static void golden(Path d, String command, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--root", d.resolve("root").toString()));
        args.addAll(List.of(more));
        if (Files.exists(d.resolve("host.ini"))) {
            // relative, as the README's commands give it: messages name the facts file as given
            Path facts = Path.of("").toAbsolutePath().relativize(d.resolve("host.ini").toAbsolutePath());
            args.addAll(List.of("--facts", facts.toString()));
        }
        check(d, command, CliRun.of(args.toArray(new String[0])));
    }

    private static void check(Path d, String command, CliRun r) throws IOException {
        Path golden = d.resolve("expected-" + command + ".txt");
        String actual = r.out() + "exit " + r.exit() + "\n";
        if (Boolean.getBoolean("headroom.updateGolden")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
