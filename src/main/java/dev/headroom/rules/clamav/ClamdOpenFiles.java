package dev.headroom.rules.clamav;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.ClamdQueue;
import dev.headroom.model.sysctl.SysctlConfig;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.systemd.values.ResourceLimit;

/** The soft open-file limit a clamd runs with: its unit's LimitNOFILE, capped as the kernel caps it. */
final class ClamdOpenFiles {

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
            long nofile = soft(c, ws);
            if (nofile >= 0 && !c.config().refused()) {
                out.add(new Limited(c, nofile, ClamdQueue.of(c.config(), nofile)));
            }
        }
        return out;
    }

    /** The soft limit, or -1 when no unit runs this clamd (the limit of a shell is not known). */
    static long soft(ClamdInstance c, Workspace ws) {
        if (c.unit() == null) {
            return -1;
        }
        UnitSetting s = c.unit().get("LimitNOFILE");
        if (s == null || !(s.value() instanceof ResourceLimit l)) {
            return -1;
        }
        // systemd sets a limit above fs.nr_open to the highest it can (setrlimit_closest)
        long nrOpen = SysctlConfig.nrOpen(ws.sysctl());
        return l.soft() == ResourceLimit.INFINITY || Long.compareUnsigned(l.soft(), nrOpen) > 0 ? nrOpen : l.soft();
    }

    /** "LimitNOFILE 1024 (file:line)" or "LimitNOFILE 1024 (DefaultLimitNOFILE)". */
    static String describe(ClamdInstance c, Workspace ws) {
        UnitSetting s = c.unit().get("LimitNOFILE");
        String where = s.origin() != null ? s.origin().toString() : s.basis() != null ? s.basis() : "systemd's default";
        return "its unit's soft LimitNOFILE " + soft(c, ws) + " (" + where + ")";
    }
}
