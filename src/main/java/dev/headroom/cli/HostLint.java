package dev.headroom.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.report.HostOutcome;
import dev.headroom.rules.RuleSettings;

/**
 * {@code lint --root HOST --facts HOST.ini} for one host of a fleet, as a value instead of
 * output: the same discovery, rules, suppressions and severity overrides, and the exit code that
 * run would have had. Safe to call from several threads at once: each call builds its own
 * workspace and linter, and what is shared (the rule registry, the option tables, the parsers'
 * grammars) is immutable or initialised once under the JVM's class-initialisation lock or a
 * volatile (see FleetLint).
 */
final class HostLint {

    private final RuleSettings rules;
    private final Severity threshold;
    private final dev.headroom.model.Reserve reserve;
    private final Integer peers;

    /**
     * @param threshold the --fail-on level, or null for {@code none}
     * @param reserve   the run's reserve (environment, .headroom.ini), or null for the default
     * @param peers     --peers, or null
     */
    HostLint(RuleSettings rules, Severity threshold, dev.headroom.model.Reserve reserve, Integer peers) {
        this.rules = rules;
        this.threshold = threshold;
        this.reserve = reserve;
        this.peers = peers;
    }

    HostOutcome lint(Fleet.Host host) {
        String unreadable = unreadable(host.root());
        if (unreadable != null) {
            return new HostOutcome(host.name(), List.of(), List.of(unreadable), ExitCode.INPUT.code);
        }
        Workspace ws = Inputs.withReserve(Inputs.withPeers(Inputs.withFacts(Workspace.discover(host.root()),
                host.root(), host.facts()).withOpenbsdFromFacts(host.root()), peers), reserve);
        List<Finding> findings = rules.check(ws);
        return new HostOutcome(host.name(), findings, ws.inputErrors(), exit(ws, findings));
    }

    private int exit(Workspace ws, List<Finding> findings) {
        if (!ws.inputErrors().isEmpty()) {
            return ExitCode.INPUT.code;
        }
        if (threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold))) {
            return ExitCode.FINDINGS.code;
        }
        return ExitCode.OK.code;
    }

    /**
     * A snapshot directory that cannot be listed would otherwise look like a host with nothing
     * installed, and pass: that is an input that cannot be read (exit 3).
     */
    private static String unreadable(Path root) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            return null;
        } catch (AccessDeniedException e) {
            return root + ": error: cannot read the snapshot directory: permission denied";
        } catch (IOException e) {
            return root + ": error: cannot read the snapshot directory: " + e;
        }
    }
}
