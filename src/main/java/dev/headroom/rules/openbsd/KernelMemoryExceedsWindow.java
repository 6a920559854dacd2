package dev.headroom.rules.openbsd;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelMemory;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.model.openbsd.Reservation;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.RuleInfo;
import dev.headroom.source.Origin;

/**
 * What the kernel configuration reserves in kernel virtual memory (mb_map, kmem_map, the
 * buffer cache: {@link KernelMemory}) adds up to more than the architecture's window. Only
 * where the window is documented (i386 before 4.2) and the known pieces already exceed it.
 */
public final class KernelMemoryExceedsWindow extends OpenbsdRule {

    static final RuleInfo INFO = new RuleInfo("BS304", "kernel-memory-exceeds-window", Severity.WARNING, "openbsd",
            "The kernel maps the configuration reserves do not fit the kernel's virtual memory window.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        for (KernelConfig k : kernel.kernels()) {
            KernelMemory m = OpenbsdKernel.memory(k, facts, physmem);
            if (!Boolean.FALSE.equals(m.fits())) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            for (Reservation r : List.of(m.mbMap(), m.kmemMap(), m.bufferCache())) {
                pieces.add(r.basis());
            }
            Origin at = k.machineOrigin() != null ? k.machineOrigin() : k.fileOrigin();
            out.report(at, "the kernel maps take " + bytes(m.total()) + ", more than the kernel's window ("
                    + m.window().basis() + "): " + String.join("; ", pieces) + "; the kernel panics at boot or when a map runs out");
        }
    }
}
