package dev.headroom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.headroom.overlay.Applier;
import dev.headroom.overlay.ApplyResult;

/** {@code headroom rollback [CHANGE-ID]}: puts back every byte a change replaced, and removes what it created. */
@Command(name = "rollback", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Undo a change made by headroom apply (the latest without CHANGE-ID): the originals come back "
                + "exactly, and what apply created goes.")
final class RollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/",
            description = "The server's root: / on a live host, or a snapshot directory (default: ${DEFAULT-VALUE}).")
    Path root;

    @Parameters(paramLabel = "CHANGE-ID", arity = "0..1", description = "The change to undo (default: the latest).")
    String changeId;

    @Override
    public Integer call() {
        ApplyResult r = Applier.rollback(root, changeId);
        if (r.ok()) {
            spec.commandLine().getOut().println(r.message());
            return ExitCode.OK.code;
        }
        spec.commandLine().getErr().println("headroom: " + r.message());
        return ExitCode.FINDINGS.code;
    }
}
