package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** No multi-processing module is loaded; httpd refuses to start. */
public final class NoMpmLoaded extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT012", "no-mpm-loaded", Severity.ERROR, "httpd",
            "No multi-processing module is loaded; httpd refuses to start.");

    public NoMpmLoaded() {
        super(HttpdEvent.Kind.NO_MPM);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
