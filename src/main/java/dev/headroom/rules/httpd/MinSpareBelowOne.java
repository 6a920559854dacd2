package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** MinSpareThreads or MinSpareServers is below 1; httpd raises it to 1. */
public final class MinSpareBelowOne extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT312", "min-spare-below-one", Severity.WARNING, "httpd",
            "MinSpareThreads or MinSpareServers is below 1; httpd raises it to 1.");

    public MinSpareBelowOne() {
        super(MpmAdjustment.Kind.MIN_SPARE_BELOW_ONE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
