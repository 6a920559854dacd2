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
 * (expected-budget.txt), with the example's host facts (host.ini) when it has some. Set -Dheadroom.updateGolden=true to rewrite them.
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsGoldenOutput() throws IOException {
        Path examples = Oracles.project().resolve("examples");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(examples)) {
            dirs = s.filter(p -> Files.isDirectory(p.resolve("root"))).sorted().collect(Collectors.toList());
        }
        assertThat(dirs).isNotEmpty();
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (Path d : dirs) {
            tests.add(DynamicTest.dynamicTest(d.getFileName() + " lint", () -> golden(d, "lint", "--fail-on", "info")));
            if (Files.exists(d.resolve("host.ini"))) {
                tests.add(DynamicTest.dynamicTest(d.getFileName() + " budget", () -> golden(d, "budget")));
            }
        }
        return tests.stream();
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
        CliRun r = CliRun.of(args.toArray(new String[0]));
        Path golden = d.resolve("expected-" + command + ".txt");
        String actual = r.out() + "exit " + r.exit() + "\n";
        if (Boolean.getBoolean("headroom.updateGolden")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
