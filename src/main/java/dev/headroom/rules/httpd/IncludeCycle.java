package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A file includes itself, directly or through other files. */
public final class IncludeCycle extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT009", "include-cycle", Severity.ERROR, "httpd",
            "A file includes itself, directly or through other files.");

    public IncludeCycle() {
        super(HttpdEvent.Kind.INCLUDE_CYCLE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
