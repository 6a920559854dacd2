package dev.headroom.rules.openbsd;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.KernelEvent;
import dev.headroom.rules.RuleInfo;

/** A line of a kernel configuration that config(8) rejects: it builds no kernel. */
public final class KernelConfigSyntaxError extends KernelEventRule {

    static final RuleInfo INFO = new RuleInfo("BS001", "kernel-config-syntax-error", Severity.ERROR, "openbsd",
            "A line of a kernel configuration that config(8) rejects; it builds no kernel.");

    public KernelConfigSyntaxError() {
        super(KernelEvent.Kind.SYNTAX_ERROR, KernelEvent.Kind.UNTERMINATED_QUOTE, KernelEvent.Kind.MISSING_NEWLINE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
