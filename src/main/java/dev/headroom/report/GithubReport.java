package dev.headroom.report;

import java.util.List;

import dev.headroom.model.Finding;

/**
 * {@code lint -f github}: one GitHub Actions workflow command per finding,
 * {@code ::warning file=F,line=L,col=C,title=ID name::message}, which the runner turns into an
 * annotation on the file's line in the pull request. Info findings become {@code notice}.
 */
public final class GithubReport {

    private final List<Finding> findings;

    public GithubReport(List<Finding> findings) {
        this.findings = findings;
    }

    public String github() {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append("::").append(command(f)).append(" file=").append(property(f.origin().file()));
            if (f.origin().line() > 0) {
                out.append(",line=").append(f.origin().line());
                if (f.origin().column() > 0) {
                    out.append(",col=").append(f.origin().column());
                }
            }
            out.append(",title=").append(property(f.rule() + " " + f.name()));
            String message = f.message() + (f.daemonCode() != null ? " [" + f.daemonCode() + "]" : "");
            out.append("::").append(data(message)).append('\n');
        }
        return out.toString();
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /**
     * A command's message, escaped as the runner unescapes it (actions/toolkit
     * {@code escapeData}): {@code %} first, so the escapes themselves survive, then CR and LF,
     * which would otherwise end the command.
     */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value ({@code escapeProperty}): as {@link #data}, and {@code :} and {@code ,}, which delimit properties. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
