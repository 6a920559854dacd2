package dev.headroom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.headroom.config.FactsFile;
import dev.headroom.config.IniFile;
import dev.headroom.model.HostProbe;
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

    @Option(names = "--facts", paramLabel = "FILE",
            description = "Host facts (RAM, swap, CPUs, measured process sizes) in an INI file; "
                    + "without it, / is probed through /proc.")
    Path facts;

    enum Language {
        httpd, systemd, clamav, openbsd
    }

    /** The inputs, with the host facts: the facts file, else a probe of the live host for --root /. */
    Workspace load() {
        Workspace ws = paths.isEmpty() ? Workspace.discover(root)
                : Workspace.files(root, paths, Path.of("").toAbsolutePath(), lang == null ? null : lang.name());
        ws = withFacts(ws, root, facts);
        // Under --root, the OpenBSD files are those the facts file names.
        return paths.isEmpty() ? ws.withOpenbsdFromFacts(root) : ws;
    }

    /**
     * The directory the findings' relative file names are relative to: the root, or the working
     * directory when files were named from inside the root (as {@link Workspace#files} shows them).
     */
    Path displayBase() {
        Path absRoot = root.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return !paths.isEmpty() && cwd.startsWith(absRoot) ? cwd : absRoot;
    }

    /** A workspace with its host facts: the facts file, else a probe of the live host when the root is /. */
    static Workspace withFacts(Workspace ws, Path root, Path facts) {
        if (facts == null) {
            return root.toAbsolutePath().normalize().equals(Path.of("/")) ? ws.withFacts(HostProbe.live()) : ws;
        }
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(facts);
            return ws.withFacts(FactsFile.parse(facts.toString(),
                    new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
        } catch (IniFile.IniException e) {
            return ws.withInputError(e.getMessage());
        } catch (java.io.IOException e) {
            return ws.withInputError(facts + ": error: cannot read the facts file: " + e.getMessage());
        }
    }

    /** The workspace with {@code --peers N} in its OpenBSD facts (the flag beats the facts file); as is without it. */
    static Workspace withPeers(Workspace ws, Integer peers) {
        if (peers == null) {
            return ws;
        }
        dev.headroom.model.HostFacts f = ws.facts() == null ? dev.headroom.model.HostFacts.UNKNOWN : ws.facts();
        dev.headroom.model.openbsd.OpenbsdFacts o = f.openbsd() == null
                ? dev.headroom.model.openbsd.OpenbsdFacts.UNKNOWN : f.openbsd();
        return ws.withFacts(f.withOpenbsd(o.withPeers(peers)));
    }

    /** The workspace with the run's reserve in its facts (null: the default, and the workspace as is). */
    static Workspace withReserve(Workspace ws, dev.headroom.model.Reserve reserve) {
        if (reserve == null) {
            return ws;
        }
        dev.headroom.model.HostFacts f = ws.facts() == null ? dev.headroom.model.HostFacts.UNKNOWN : ws.facts();
        return ws.withFacts(f.withReserve(reserve));
    }
}
