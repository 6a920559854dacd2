package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.headroom.cli.CompletionCommand.Shell;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleRegistry;
import dev.headroom.testing.CliRun;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * The scripts in completions/ are generated; each must match what the command tree generates
 * now, and the real shells must complete subcommands and rule IDs with them.
 */
class CompletionScriptTest {

    @ParameterizedTest
    @EnumSource(Shell.class)
    void theCommittedScriptIsUpToDate(Shell shell) throws IOException {
        Path committed = Oracles.project().resolve("completions").resolve(shell.fileName);
        String regenerate = "regenerate with 'bin/headroom generate-completion --shell " + shell
                + " > completions/" + shell.fileName + "'";
        CliRun r = CliRun.of("generate-completion", "--shell", shell.name());
        assertThat(r.exit()).isZero();
        assertThat(Files.exists(committed)).as("completions/" + shell.fileName + " exists; " + regenerate).isTrue();
        assertThat(Files.readString(committed)).as("completions/" + shell.fileName + " is out of date; " + regenerate)
                .isEqualTo(r.out());
        assertThat(r.out()).contains("lint").contains("fail-on").contains("explain").contains("HT301");
    }

    @Test
    void bashWithoutShellOptionIsTheBashScript() {
        assertThat(CliRun.of("generate-completion").out()).isEqualTo(CliRun.of("generate-completion", "--shell", "bash").out());
    }

    @Test
    void bashCompletesSubcommandsRuleIdsAndValues() throws Exception {
        requireShell("bash");
        assertThat(bash("headroom ex")).containsExactly("explain");
        assertThat(bash("headroom ")).contains("lint", "show", "budget", "explain", "generate-completion");
        assertThat(bash("headroom explain ")).containsExactlyElementsOf(allRuleIds());
        assertThat(bash("headroom explain HT30")).contains("HT301", "HT302").allMatch(id -> id.startsWith("HT30"));
        assertThat(bash("headroom lint --select SD")).contains("SD101").allMatch(id -> id.startsWith("SD"));
        assertThat(bash("headroom lint --ignore GE40")).containsExactly("GE401");
        assertThat(bash("headroom lint --fail-on w")).containsExactly("warning");
        assertThat(bash("headroom lint -f s")).containsExactly("sarif");
        assertThat(bash("headroom generate-completion --shell ")).containsExactly("bash", "zsh", "fish");
    }

    @Test
    void fishCompletesSubcommandsRuleIdsAndValues() throws Exception {
        requireShell("fish");
        assertThat(fish("headroom expl")).containsExactly("explain");
        assertThat(fish("headroom explain HT30")).contains("HT301", "HT302").allMatch(id -> id.startsWith("HT30"));
        assertThat(fish("headroom explain ")).containsExactlyInAnyOrderElementsOf(allRuleIds());
        assertThat(fish("headroom lint --select SD")).contains("SD101").allMatch(id -> id.startsWith("SD"));
        assertThat(fish("headroom lint --fail-on ")).containsExactlyInAnyOrder("error", "warning", "info", "none");
        assertThat(fish("headroom lint --fa")).containsExactlyInAnyOrder("--facts", "--fail-on");
        assertThat(fish("headroom budget --")).contains("--ram", "--reserve").doesNotContain("--select");
    }

    @Test
    void zshReadsTheScript() throws Exception {
        requireShell("zsh");
        // compinit, then the file as compinit would load it: defines the bash functions and binds headroom.
        Path script = Oracles.project().resolve("completions/_headroom").toAbsolutePath();
        ExternalProcess.Run r = ExternalProcess.run(List.of("zsh", "-f", "-c",
                "autoload -U compinit && compinit -u -D && source " + script
                        + " && print -r -- ${_comps[headroom]} && whence -w _complete_headroom"), null, 30);
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).contains("_bash_complete -F _complete_headroom").contains("_complete_headroom: function");
    }

    private static List<String> allRuleIds() {
        return RuleRegistry.all().stream().map(RuleInfo::id).sorted().toList();
    }

    private static void requireShell(String name) {
        Oracles.require(ExternalProcess.onPath(name) != null, name);
    }

    /** What bash's completion function offers for this line (the cursor at its end). */
    private static List<String> bash(String line) throws Exception {
        Path script = Oracles.project().resolve("completions/headroom.bash").toAbsolutePath();
        String driver = "source \"$1\"; compopt() { :; }\n"
                + "COMP_LINE=$2; COMP_POINT=${#2}; read -ra COMP_WORDS <<<\"$2\"\n"
                + "[[ $2 == *' ' ]] && COMP_WORDS+=('')\n"
                + "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()\n"
                + "_complete_headroom; printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        ExternalProcess.Run r = ExternalProcess.run(List.of("bash", "--norc", "-c", driver, "bash", script.toString(), line),
                null, 30);
        assertThat(r.stderr()).isEmpty();
        return lines(r.stdout());
    }

    /** What fish offers for this line: the candidates, without their descriptions. */
    private static List<String> fish(String line) throws Exception {
        Path script = Oracles.project().resolve("completions/headroom.fish").toAbsolutePath();
        ExternalProcess.Run r = ExternalProcess.run(List.of("fish", "--no-config", "-c",
                "source $argv[1]; complete -C $argv[2]", script.toString(), line), null, 30);
        assertThat(r.stderr()).isEmpty();
        return lines(r.stdout()).stream().map(l -> l.split("\t", 2)[0]).toList();
    }

    private static List<String> lines(String s) {
        return Arrays.stream(s.split("\n")).filter(l -> !l.isEmpty()).toList();
    }
}
