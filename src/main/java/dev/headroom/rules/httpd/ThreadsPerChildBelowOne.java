package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** ThreadsPerChild is below 1; httpd raises it to 1. */
public final class ThreadsPerChildBelowOne extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT307", "threads-per-child-below-one", Severity.WARNING, "httpd",
            "ThreadsPerChild is below 1; httpd raises it to 1.");

    public ThreadsPerChildBelowOne() {
        super(MpmAdjustment.Kind.THREADS_PER_CHILD_BELOW_ONE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
