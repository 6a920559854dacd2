package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** ThreadsPerChild exceeds ThreadLimit; httpd lowers it. */
public final class ThreadsPerChildAboveThreadLimit extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT306", "threads-per-child-above-thread-limit", Severity.WARNING, "httpd",
            "ThreadsPerChild exceeds ThreadLimit; httpd lowers it.");

    public ThreadsPerChildAboveThreadLimit() {
        super(MpmAdjustment.Kind.THREADS_PER_CHILD_ABOVE_THREAD_LIMIT);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
