package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** Includes pull in more files than headroom reads. */
public final class TooManyFiles extends EventRule {

    static final RuleInfo INFO = new RuleInfo("GE004", "too-many-files", Severity.ERROR, "general",
            "Includes pull in more files than headroom reads.");

    public TooManyFiles() {
        super(HttpdEvent.Kind.TOO_MANY_FILES);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
