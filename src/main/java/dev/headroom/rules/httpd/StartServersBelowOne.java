package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** StartServers is below 1; httpd raises it to 1. */
public final class StartServersBelowOne extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT311", "start-servers-below-one", Severity.WARNING, "httpd",
            "StartServers is below 1; httpd raises it to 1.");

    public StartServersBelowOne() {
        super(MpmAdjustment.Kind.START_SERVERS_BELOW_ONE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
