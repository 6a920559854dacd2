package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** MaxRequestWorkers needs more processes than ServerLimit allows; httpd lowers it. */
public final class MaxRequestWorkersAboveServerLimit extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT309", "max-request-workers-above-server-limit", Severity.WARNING, "httpd",
            "MaxRequestWorkers needs more processes than ServerLimit allows; httpd lowers it.");

    public MaxRequestWorkersAboveServerLimit() {
        super(MpmAdjustment.Kind.WORKERS_ABOVE_SERVER_LIMIT);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
