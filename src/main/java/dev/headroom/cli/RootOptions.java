package dev.headroom.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import dev.headroom.model.Workspace;

/** {@code --root} and {@code --facts} for the commands that read a whole server (budget, plan). */
final class RootOptions {

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/",
            description = "The server's root: / on a live host, or a snapshot directory (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--facts", paramLabel = "FILE",
            description = "Host facts (RAM, swap, CPUs, measured process sizes) in an INI file; "
                    + "without it, / is probed through /proc.")
    Path facts;

    /** Everything under the root, with the host facts and the OpenBSD files they name. */
    Workspace load() {
        return Inputs.withFacts(Workspace.discover(root), root, facts).withOpenbsdFromFacts(root);
    }
}
