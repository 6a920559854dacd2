package dev.headroom.rules.openbsd;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelMemory;
import dev.headroom.model.openbsd.KernelOption;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.RuleInfo;
import dev.headroom.source.Origin;

/**
 * NKMEMPAGES below twice NMBCLUSTERS, the paper's starting point for kmem_map (6.2): every
 * cluster in use needs at least two mbufs. Uses {@link KernelMemory#nkmempagesBelowTwiceNmbclusters},
 * so a default NKMEMPAGES counts (when the RAM is known) and releases from 4.2 are left out.
 */
public final class NkmempagesBelowTwiceNmbclusters extends OpenbsdRule {

    static final RuleInfo INFO = new RuleInfo("BS302", "nkmempages-below-twice-nmbclusters", Severity.WARNING,
            "openbsd", "NKMEMPAGES below twice NMBCLUSTERS leaves kmem_map too small for the mbufs the clusters need.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        for (KernelConfig k : kernel.kernels()) {
            KernelMemory m = OpenbsdKernel.memory(k, facts, physmem);
            if (!Boolean.TRUE.equals(m.nkmempagesBelowTwiceNmbclusters())) {
                continue;
            }
            KernelOption pages = k.option("NKMEMPAGES");
            KernelOption clusters = k.option("NMBCLUSTERS");
            Origin at = pages != null ? pages.origin() : clusters != null ? clusters.origin() : k.fileOrigin();
            long want = 2 * m.nmbclusters().value();
            out.report(at, m.nkmempages().basis() + " is below twice " + m.nmbclusters().basis() + ": every cluster"
                    + " in use needs at least two mbufs from kmem_map; set option NKMEMPAGES=" + want
                    + " (if the kernel memory window allows it) or lower NMBCLUSTERS");
        }
    }
}
