package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** MaxRequestWorkers is below 1 (prefork); httpd raises it to 1. */
public final class MaxRequestWorkersBelowOne extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT310", "max-request-workers-below-one", Severity.WARNING, "httpd",
            "MaxRequestWorkers is below 1 (prefork); httpd raises it to 1.");

    public MaxRequestWorkersBelowOne() {
        super(MpmAdjustment.Kind.WORKERS_BELOW_ONE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
