package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** ThreadLimit exceeds the compile-time limit; httpd lowers it. */
public final class ThreadLimitAboveMaximum extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT304", "thread-limit-above-maximum", Severity.WARNING, "httpd",
            "ThreadLimit exceeds the compile-time limit; httpd lowers it.");

    public ThreadLimitAboveMaximum() {
        super(MpmAdjustment.Kind.THREAD_LIMIT_ABOVE_MAX);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
