package dev.headroom.rules.openbsd;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.KernelEvent;
import dev.headroom.rules.RuleInfo;

/** An include of a kernel configuration that cannot be read, or that includes itself. */
public final class KernelIncludeFailed extends KernelEventRule {

    static final RuleInfo INFO = new RuleInfo("BS002", "kernel-include-failed", Severity.ERROR, "openbsd",
            "A kernel configuration includes a file that cannot be read, or one already being read.");

    public KernelIncludeFailed() {
        super(KernelEvent.Kind.INCLUDE_FAILED, KernelEvent.Kind.INCLUDE_CYCLE, KernelEvent.Kind.FILE_UNREADABLE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
