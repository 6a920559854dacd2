package dev.headroom.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code headroom generate-completion}: the bash completion script (zsh loads it through
 * bashcompinit). {@code completions/headroom.bash} is this output; a test keeps it current.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Print the bash/zsh completion script: source <(headroom generate-completion)")
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }

    /** The script, from a fresh command tree so it never depends on the current invocation. */
    static String script() {
        CommandLine cl = new CommandLine(new HeadroomCommand());
        return AutoComplete.bash("headroom", cl);
    }
}
