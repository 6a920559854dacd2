package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** MaxRequestWorkers is not a multiple of ThreadsPerChild; httpd lowers it to the nearest multiple. */
public final class MaxRequestWorkersNotMultiple extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT301", "max-request-workers-not-multiple", Severity.WARNING, "httpd",
            "MaxRequestWorkers is not a multiple of ThreadsPerChild; httpd lowers it to the nearest multiple.");

    public MaxRequestWorkersNotMultiple() {
        super(MpmAdjustment.Kind.WORKERS_NOT_MULTIPLE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
