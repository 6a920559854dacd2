package dev.headroom.rules.openbsd;

import java.util.EnumSet;
import java.util.Set;

import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelEvent;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.rules.Reporter;

/** A rule that reports what config(8) would say while reading a kernel configuration. */
abstract class KernelEventRule extends OpenbsdRule {

    private final Set<KernelEvent.Kind> kinds;

    KernelEventRule(KernelEvent.Kind first, KernelEvent.Kind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        for (KernelConfig k : kernel.kernels()) {
            for (KernelEvent e : k.events()) {
                if (kinds.contains(e.kind())) {
                    out.report(e.origin(), e.message());
                }
            }
        }
    }
}
