package dev.headroom.report;

import java.util.List;

import dev.headroom.model.Finding;

/**
 * One host of a fleet after {@code lint --hosts}: its findings (file names relative to the host's
 * snapshot root), the inputs that could not be read, and the exit code {@code lint --root} would
 * have given for it alone.
 *
 * @param host     the name of the host's directory
 * @param findings in the order {@code lint} reports them
 * @param errors   {@code file: error: what}, as {@code lint} prints them on stderr
 * @param exit     0, 1 (findings at or above --fail-on), 3 (an input could not be read) or 4
 *                 (an internal error while reading or checking this host)
 */
public record HostOutcome(String host, List<Finding> findings, List<String> errors, int exit) {

    public HostOutcome {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    /**
     * A finding's file as seen from the fleet directory: {@code web1/etc/httpd/conf/httpd.conf}.
     * A file the finding names as a server path ({@code /etc/...}) is under the same root; a
     * finding on no file at all is on the host.
     */
    public String path(String file) {
        if (file.isEmpty()) {
            return host;
        }
        return host + (file.startsWith("/") ? "" : "/") + file;
    }

    /** The findings with their files as {@link #path} gives them, for the formats that have only a file name. */
    public List<Finding> prefixed() {
        return findings.stream()
                .map(f -> new Finding(f.rule(), f.name(), f.severity(), f.message(),
                        new dev.headroom.source.Origin(path(f.origin().file()), f.origin().line(),
                                f.origin().column(), f.origin().via()),
                        f.daemonCode(), f.remedies()))
                .toList();
    }
}
