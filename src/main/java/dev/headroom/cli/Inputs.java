package dev.headroom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.headroom.model.Workspace;

/** The options that say what to read: files, or a root to discover under. */
final class Inputs {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files to check. Without them, configurations are discovered under --root.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/",
            description = "The server's root: / on a live host, or a snapshot directory (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--lang", paramLabel = "L",
            description = "The language of the PATHs, instead of detecting it: ${COMPLETION-CANDIDATES}.")
    Language lang;

    enum Language {
        httpd, systemd
    }

    Workspace load() {
        if (paths.isEmpty()) {
            return Workspace.discover(root);
        }
        return Workspace.files(root, paths, Path.of("").toAbsolutePath(), lang == null ? null : lang.name());
    }
}
