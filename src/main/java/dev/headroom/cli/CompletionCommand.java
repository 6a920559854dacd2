package dev.headroom.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code headroom generate-completion [--shell bash|zsh|fish]}: a completion script generated
 * from the command tree. The files in {@code completions/} are this output; a test keeps them
 * current.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Print a shell completion script: source <(headroom generate-completion) in bash.")
final class CompletionCommand implements Callable<Integer> {

    /** The shells headroom ships a completion for, and the file each goes to in completions/. */
    enum Shell {
        bash("headroom.bash"), zsh("_headroom"), fish("headroom.fish");

        final String fileName;

        Shell(String fileName) {
            this.fileName = fileName;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--shell", paramLabel = "SHELL", defaultValue = "bash",
            description = "The shell: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script(shell));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }

    /** The bash script. */
    static String script() {
        return script(Shell.bash);
    }

    /** The script, from a fresh command tree so it never depends on the current invocation. */
    static String script(Shell shell) {
        CommandLine cl = Main.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        return switch (shell) {
            case bash -> AutoComplete.bash("headroom", cl);
            case zsh -> ZshCompletion.script(AutoComplete.bash("headroom", cl));
            case fish -> FishCompletion.script(cl.getCommandSpec());
        };
    }
}
