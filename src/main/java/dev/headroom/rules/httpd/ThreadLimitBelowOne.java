package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** ThreadLimit is below 1; httpd raises it to 1. */
public final class ThreadLimitBelowOne extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT305", "thread-limit-below-one", Severity.WARNING, "httpd",
            "ThreadLimit is below 1; httpd raises it to 1.");

    public ThreadLimitBelowOne() {
        super(MpmAdjustment.Kind.THREAD_LIMIT_BELOW_ONE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
