package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** An Include names a file, directory or wildcard that httpd cannot read. */
public final class IncludeFailed extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT008", "include-failed", Severity.ERROR, "httpd",
            "An Include names a file, directory or wildcard that httpd cannot read.");

    public IncludeFailed() {
        super(HttpdEvent.Kind.INCLUDE_FAILED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
