package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** More than one multi-processing module is loaded; httpd refuses to start. */
public final class MoreThanOneMpm extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT013", "more-than-one-mpm", Severity.ERROR, "httpd",
            "More than one multi-processing module is loaded; httpd refuses to start.");

    public MoreThanOneMpm() {
        super(HttpdEvent.Kind.MULTIPLE_MPM);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
