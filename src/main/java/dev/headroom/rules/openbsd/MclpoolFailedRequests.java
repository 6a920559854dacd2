package dev.headroom.rules.openbsd;

import java.util.Optional;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.ClusterSizing;
import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelOption;
import dev.headroom.model.openbsd.KnobHistory;
import dev.headroom.model.openbsd.Known;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.model.openbsd.Pool;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.RuleInfo;

/**
 * The mbuf cluster pool refused requests at its limit (the Fail column of {@code vmstat -m}):
 * the paper's firewall, "NMBCLUSTERS &gt; 1024". The value to set comes from
 * {@link ClusterSizing}: twice the limit, times the peers, then size again from the new Hiwat.
 */
public final class MclpoolFailedRequests extends OpenbsdRule {

    static final RuleInfo INFO = new RuleInfo("BS303", "mclpool-failed-requests", Severity.WARNING, "openbsd",
            "The mbuf cluster pool refused requests at its limit: raise NMBCLUSTERS (kern.maxclusters).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        Optional<Pool> pool = kernel.clusterPool(facts);
        if (pool.isEmpty() || pool.get().fail() == 0 || pool.get().size() > 4096) {
            return;
        }
        Long configured = null;
        for (KernelConfig k : kernel.kernels()) {
            KernelOption o = k.option("NMBCLUSTERS");
            if (o != null && o.number() != null) {
                configured = o.number();
            }
        }
        Pool p = pool.get();
        ClusterSizing s;
        try {
            s = ClusterSizing.of(OpenbsdKernel.numbers(p), facts.peers(), configured);
        } catch (IllegalArgumentException e) {
            return; // a row no pool could print (negative counts): nothing to size from
        }
        KnobHistory h = KnobHistory.of(facts.release());
        String how = h.maxclustersSysctl() == Known.YES
                ? "run sysctl kern.maxclusters=" + s.recommended() + " and add it to /etc/sysctl.conf"
                : h.mbMap() == Known.YES ? "set option NMBCLUSTERS=" + s.recommended() + " and build the kernel"
                : "set NMBCLUSTERS=" + s.recommended() + " (kern.maxclusters from 4.2)";
        out.report(kernel.origin(p), p.name() + " refused " + p.fail() + " requests for mbuf clusters at its limit ("
                + s.explanation() + "); " + how);
    }
}
