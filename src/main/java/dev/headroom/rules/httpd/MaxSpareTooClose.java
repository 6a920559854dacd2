package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** MaxSpareThreads (or MaxSpareServers) leaves too little room above the minimum; httpd silently raises it at start-up so that children do not churn. */
public final class MaxSpareTooClose extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT313", "max-spare-too-close", Severity.WARNING, "httpd",
            "MaxSpareThreads (or MaxSpareServers) leaves too little room above the minimum; httpd silently raises it at start-up so that children do not churn.");

    public MaxSpareTooClose() {
        super(MpmAdjustment.Kind.MAX_SPARE_RAISED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
