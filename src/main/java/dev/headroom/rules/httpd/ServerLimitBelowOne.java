package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** ServerLimit is below 1; httpd raises it to 1. */
public final class ServerLimitBelowOne extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT303", "server-limit-below-one", Severity.WARNING, "httpd",
            "ServerLimit is below 1; httpd raises it to 1.");

    public ServerLimitBelowOne() {
        super(MpmAdjustment.Kind.SERVER_LIMIT_BELOW_ONE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
