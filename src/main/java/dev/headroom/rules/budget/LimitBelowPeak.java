package dev.headroom.rules.budget;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.budget.ServiceMemory;
import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.systemd.values.MemoryLimit;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * A unit's {@code MemoryMax=} (or {@code MemoryHigh=}) below its service's peak: clamd reloading
 * inside a cgroup limit is a classic OOM. At MemoryMax the kernel's OOM killer acts inside the
 * cgroup; above MemoryHigh the processes are throttled and reclaimed hard (systemd.resource-control(5)).
 */
public final class LimitBelowPeak implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("MB302", "limit-below-peak", Severity.WARNING, "budget",
            "A unit's MemoryMax or MemoryHigh is below the peak its service reaches (clamd's reload, httpd at full load).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        if (ws.systemd() == null) {
            return;
        }
        Budget b = BudgetBuilder.of(ws, null, null);
        Long ram = b == null ? null : b.ram();
        for (ServiceMemory m : b == null ? BudgetBuilder.services(ws) : b.services()) {
            ServiceUnit u = unit(ws, m.name());
            if (u == null || u.masked()) {
                continue;
            }
            for (String key : new String[] {"MemoryMax", "MemoryHigh"}) {
                UnitSetting s = u.get(key);
                if (s == null || s.origin() == null || !(s.value() instanceof MemoryLimit l) || l.infinite()) {
                    continue;
                }
                if (l.isPercentage() && ram == null) {
                    continue;
                }
                long limit = l.isPercentage() ? l.resolve(ram) : l.bytes();
                if (m.peak() <= limit) {
                    continue;
                }
                boolean max = key.equals("MemoryMax");
                String what = m.steady() > limit ? "even its steady " + Sizes.human(m.steady())
                        : "its peak of " + Sizes.human(m.peak()) + " (" + m.basis() + ")";
                out.report(s.origin(), u.name() + ": " + key + "=" + l + " (" + Sizes.human(limit) + ") is below "
                        + what + "; " + (max ? "the kernel's OOM killer acts inside the unit's cgroup when it "
                        + "gets there" : "the kernel throttles and reclaims it hard above that") + ". Raise "
                        + key + " to at least " + Sizes.human(m.peak()) + ", or lower the peak",
                        java.util.List.of(new Remedy(Remedy.Kind.UNIT_SETTING, u.name(), key,
                                ((m.peak() + (1L << 20) - 1) >> 20) + "M", 0)));
            }
        }
    }

    private static ServiceUnit unit(Workspace ws, String name) {
        for (ServiceUnit u : ws.systemd().services()) {
            if (u.name().equals(name) || u.name().equals(name + ".service")) {
                return u;
            }
        }
        return null;
    }
}
