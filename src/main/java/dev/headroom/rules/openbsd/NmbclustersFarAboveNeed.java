package dev.headroom.rules.openbsd;

import java.util.Optional;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.ClusterSizing;
import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelMemory;
import dev.headroom.model.openbsd.KernelOption;
import dev.headroom.model.openbsd.Known;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.model.openbsd.Pool;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.RuleInfo;

/**
 * NMBCLUSTERS far above what the machine uses (shared/seeds/002, 6.1): more than 8 times the
 * need and above 8192 ({@link ClusterSizing#farAbove}). The need is the cluster pool's
 * high-water mark from {@code vmstat -m} when one is given, times the peers; without one, the
 * kernel's default (2048 on i386 3.x), which the paper found enough for its busy web server.
 * Not for releases without mb_map (4.2 on), where nothing is pre-allocated.
 */
public final class NmbclustersFarAboveNeed extends OpenbsdRule {

    static final RuleInfo INFO = new RuleInfo("BS301", "nmbclusters-far-above-need", Severity.WARNING, "openbsd",
            "NMBCLUSTERS far above what the machine uses pre-allocates kernel memory for nothing.");

    /** The paper's "default of 2048 clusters", when the release's own default is not known. */
    static final long PAPER_DEFAULT = 2048;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static ClusterSizing sizing(Pool p, OpenbsdFacts facts, long configured) {
        try {
            return ClusterSizing.of(OpenbsdKernel.numbers(p), facts.peers(), configured);
        } catch (IllegalArgumentException e) {
            return null; // a row no pool could print (negative counts): nothing to size from
        }
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        Optional<Pool> pool = kernel.clusterPool(facts);
        for (KernelConfig k : kernel.kernels()) {
            KernelOption o = k.option("NMBCLUSTERS");
            if (o == null || o.number() == null || o.number() <= 0) {
                continue;
            }
            KernelMemory m = OpenbsdKernel.memory(k, facts, physmem);
            if (m.history().mbMap() == Known.NO) {
                continue;
            }
            long configured = o.number();
            String head = "NMBCLUSTERS " + configured + " pre-allocates " + bytes(configured * OpenbsdKernel.MCLBYTES)
                    + " of kernel virtual memory (× MCLBYTES " + OpenbsdKernel.MCLBYTES + ")"
                    + (m.history().mbMap() == Known.UNKNOWN ? " if the release is before 4.2" : "");
            if (pool.isPresent() && pool.get().size() <= 4096) {
                ClusterSizing s = sizing(pool.get(), facts, configured);
                if (s != null && s.farAboveNeed()) {
                    out.report(o.origin(), head + ", more than 8 times what " + kernel.vmstatDisplay() + " shows in use ("
                            + s.explanation() + "); set it to " + s.recommended());
                }
                continue;
            }
            Long d = OpenbsdKernel.defaultNmbclusters(m.arch(), facts.release());
            long need = d == null ? PAPER_DEFAULT : d;
            if (ClusterSizing.farAbove(configured, need)) {
                out.report(o.origin(), head + ", more than 8 times the default of " + need + " clusters that the"
                        + " paper found enough for a busy web server; use 8192 at most, or size it from the"
                        + " Hiwat of the cluster pool in vmstat -m (name the saved output with the configuration)");
            }
        }
    }
}
