package dev.headroom.rules.openbsd;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelOption;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.RuleInfo;

/**
 * MAX_KMAPENT set in a kernel configuration when the facts do not say the machine has panicked
 * for want of static map entries. The paper (shared/seeds/002, 6.3): the default "is usually
 * enough. Raising this value is discouraged, but could be needed, if panics (uvm mapent alloc:
 * out of static map entries ..) occur"; each entry is wired kernel memory taken from kmem_map.
 */
public final class MaxKmapentWithoutPanic extends OpenbsdRule {

    static final RuleInfo INFO = new RuleInfo("BS306", "max-kmapent-without-panic", Severity.INFO, "openbsd",
            "MAX_KMAPENT is raised though the machine has not panicked for want of static map entries.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        if (facts.mapentPanic()) {
            return;
        }
        for (KernelConfig k : kernel.kernels()) {
            KernelOption o = k.option("MAX_KMAPENT");
            if (o == null) {
                continue;
            }
            out.report(o.origin(), "MAX_KMAPENT" + (o.valueText() == null ? "" : "=" + o.valueText())
                    + " is set, but nothing says this machine panicked with \"uvm_mapent_alloc: out of static map "
                    + "entries\": the default (1000) is usually enough, and raising it is discouraged. Remove it "
                    + "(rmoption MAX_KMAPENT), or say the panic happened with [openbsd] mapent-panic = yes "
                    + "in the facts file");
        }
    }
}
