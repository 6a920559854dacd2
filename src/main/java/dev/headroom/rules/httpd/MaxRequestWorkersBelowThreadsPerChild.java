package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** MaxRequestWorkers is below ThreadsPerChild; httpd raises it. */
public final class MaxRequestWorkersBelowThreadsPerChild extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT308", "max-request-workers-below-threads-per-child", Severity.WARNING, "httpd",
            "MaxRequestWorkers is below ThreadsPerChild; httpd raises it.");

    public MaxRequestWorkersBelowThreadsPerChild() {
        super(MpmAdjustment.Kind.WORKERS_BELOW_THREADS_PER_CHILD);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
