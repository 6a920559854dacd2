package dev.headroom.rules.openbsd;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.KernelEvent;
import dev.headroom.rules.RuleInfo;

/** An option set a second time without rmoption: config(8)'s "already have options", and no kernel. */
public final class KernelOptionSetTwice extends KernelEventRule {

    static final RuleInfo INFO = new RuleInfo("BS003", "kernel-option-set-twice", Severity.ERROR, "openbsd",
            "A kernel configuration sets an option that is already set (often by an included GENERIC) without "
                    + "rmoption first: config(8) stops.");

    public KernelOptionSetTwice() {
        super(KernelEvent.Kind.OPTION_TWICE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
