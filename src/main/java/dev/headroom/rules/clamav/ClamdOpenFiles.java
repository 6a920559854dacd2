package dev.headroom.rules.clamav;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.ClamdQueue;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.systemd.values.ResourceLimit;

/** The soft open-file limit a clamd runs with: its unit's LimitNOFILE, capped as the kernel caps it. */
final class ClamdOpenFiles {

    /** The kernel's default fs.nr_open: systemd sets an infinite limit to it (setrlimit_closest). */
    private static final long NR_OPEN = 1024 * 1024;

    private ClamdOpenFiles() {
    }

    /** A clamd that a unit runs, with its soft open-file limit and what clamd makes of its queue then. */
    record Limited(ClamdInstance clamd, long nofile, ClamdQueue queue) {
    }

    /** Every clamd a unit runs whose file clamd accepts, with its limit. */
    static List<Limited> of(Workspace ws) {
        List<Limited> out = new ArrayList<>();
        if (ws.clamav() == null) {
            return out;
        }
        for (ClamdInstance c : ws.clamav().clamd()) {
            long nofile = soft(c);
            if (nofile >= 0 && !c.config().refused()) {
                out.add(new Limited(c, nofile, ClamdQueue.of(c.config(), nofile)));
            }
        }
        return out;
    }

    /** The soft limit, or -1 when no unit runs this clamd (the limit of a shell is not known). */
    static long soft(ClamdInstance c) {
        if (c.unit() == null) {
            return -1;
        }
        UnitSetting s = c.unit().get("LimitNOFILE");
        if (s == null || !(s.value() instanceof ResourceLimit l)) {
            return -1;
        }
        return l.soft() == ResourceLimit.INFINITY || Long.compareUnsigned(l.soft(), NR_OPEN) > 0 ? NR_OPEN : l.soft();
    }

    /** "LimitNOFILE 1024 (file:line)" or "LimitNOFILE 1024 (DefaultLimitNOFILE)". */
    static String describe(ClamdInstance c) {
        UnitSetting s = c.unit().get("LimitNOFILE");
        String where = s.origin() != null ? s.origin().toString() : s.basis() != null ? s.basis() : "systemd's default";
        return "its unit's soft LimitNOFILE " + soft(c) + " (" + where + ")";
    }
}
