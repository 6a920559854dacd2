package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** ServerLimit exceeds the compile-time limit; httpd lowers it. */
public final class ServerLimitAboveMaximum extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT302", "server-limit-above-maximum", Severity.WARNING, "httpd",
            "ServerLimit exceeds the compile-time limit; httpd lowers it.");

    public ServerLimitAboveMaximum() {
        super(MpmAdjustment.Kind.SERVER_LIMIT_ABOVE_MAX);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
