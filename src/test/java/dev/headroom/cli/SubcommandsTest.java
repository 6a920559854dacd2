package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.CliRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A run builds only the subcommand it runs; nothing a user sees may tell the difference. */
class SubcommandsTest {

    private static final PrintWriter NONE = new PrintWriter(Writer.nullWriter());

    @Test
    void theRegistryNamesEachSubcommandAsItsAnnotationDoes() {
        for (String name : Subcommands.NAMES) {
            Command c = Subcommands.make(name).getClass().getAnnotation(Command.class);
            assertThat(c.name()).isEqualTo(name);
            assertThat(c.aliases()).as("an alias would have to be looked up too").isEmpty();
        }
        java.util.List<String> whole = new java.util.ArrayList<>(Subcommands.NAMES);
        whole.add("help");
        assertThat(Main.commandLine(NONE, NONE).getSubcommands().keySet()).containsExactlyElementsOf(whole);
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertThat(Subcommands.only("lint", "--root", "/")).isEqualTo("lint");
        assertThat(Subcommands.only("--debug", "budget")).isEqualTo("budget");
        assertThat(Subcommands.only("show", "lint")).isEqualTo("show");
        // the whole tree: root help and version, nothing named, a typo, a completion script
        assertThat(Subcommands.only()).isNull();
        assertThat(Subcommands.only("--help")).isNull();
        assertThat(Subcommands.only("-V", "lint")).isNull();
        assertThat(Subcommands.only("--version")).isEqualTo(Subcommands.NONE);
        assertThat(Subcommands.only("--debug", "-V")).isEqualTo(Subcommands.NONE);
        assertThat(Main.commandLine(NONE, NONE, Subcommands.NONE).getSubcommands()).isEmpty();
        assertThat(Subcommands.only("--debug")).isNull();
        assertThat(Subcommands.only("lnt")).isNull();
        assertThat(Subcommands.only("generate-completion")).isNull();
        assertThat(Subcommands.only("help", "lint")).as("help shows any command").isNull();
        assertThat(Main.commandLine(NONE, NONE, "plan").getSubcommands().keySet()).containsExactly("plan");
    }

    @Test
    void eachSubcommandsHelpIsTheSameAsInTheWholeTree() {
        Map<String, CommandLine> whole = Main.commandLine(NONE, NONE).getSubcommands();
        for (String name : Subcommands.NAMES) {
            StringWriter expected = new StringWriter();
            whole.get(name).usage(new PrintWriter(expected), CommandLine.Help.Ansi.OFF);
            CliRun r = CliRun.of(name, "--help");
            assertThat(r.exit()).as(name).isZero();
            assertThat(r.out()).as(name).isEqualTo(expected.toString());
        }
    }

    @Test
    void mistakesStillPointAtTheRightHelp() {
        CliRun typo = CliRun.of("lnt");
        assertThat(typo.exit()).isEqualTo(ExitCode.USAGE.code);
        assertThat(typo.err()).contains("Did you mean: headroom lint?").contains("Try 'headroom --help'");
        CliRun badOption = CliRun.of("budget", "--rot", "/");
        assertThat(badOption.exit()).isEqualTo(ExitCode.USAGE.code);
        assertThat(badOption.err()).contains("Possible solutions: --root").contains("Try 'headroom budget --help'");
        CliRun help = CliRun.of("help", "budget");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: headroom budget ");
        assertThat(CliRun.of("--version").out()).startsWith("headroom ");
        assertThat(CliRun.of("-V", "lint").out()).startsWith("headroom ");
        CliRun debug = CliRun.of("--debug", "rules");
        assertThat(debug.exit()).isZero();
        assertThat(debug.out()).contains("HT320");
    }
}
