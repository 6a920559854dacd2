package dev.headroom.rules.systemd;

import java.util.OptionalLong;

import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.model.sysctl.SysctlConfig;
import dev.headroom.model.sysctl.SysctlValue;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.systemd.values.ResourceLimit;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * A unit's LimitNOFILE against the kernel's limits (the 512 MB blog box of shared/seeds/001:
 * ulimit -n 65k under fs.file-max 48k, and the machine ran out of file descriptors).
 * <ul>
 * <li>Above {@code fs.nr_open} the kernel refuses setrlimit() with EPERM, and systemd's
 * exec_child() falls back through setrlimit_closest() (src/basic/rlimit-util.c) to the highest
 * limit it may set: the service starts, with less than it was given.
 * <li>Above {@code fs.file-max} one service may hold more descriptors than the whole system
 * has. When fs.file-max is not set, systemd (since 240) raises it to LONG_MAX at boot, so only
 * a configured value is compared.
 * </ul>
 */
public final class LimitNofileAboveKernel implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("SD302", "limit-nofile-above-kernel", Severity.WARNING,
            "systemd", "LimitNOFILE is above fs.nr_open (systemd silently lowers it) or above fs.file-max.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        if (ws.systemd() == null) {
            return;
        }
        SysctlConfig sysctl = ws.sysctl();
        SysctlValue nrOpen = sysctl == null ? null : sysctl.value(SysctlConfig.NR_OPEN);
        SysctlValue fileMax = sysctl == null ? null : sysctl.value(SysctlConfig.FILE_MAX);
        long nr = SysctlConfig.nrOpen(sysctl);
        String nrWhere = nrOpen != null && nrOpen.isSet() && nrOpen.origin() != null
                ? " (" + nrOpen.origin() + ")" : " (the kernel's default)";
        for (ServiceUnit s : ws.systemd().services()) {
            UnitSetting setting = s.get("LimitNOFILE");
            if (s.masked() || setting == null || setting.origin() == null) {
                continue;
            }
            ResourceLimit l = (ResourceLimit) setting.value();
            long hard = l.hard() == ResourceLimit.INFINITY ? Long.MAX_VALUE : l.hard();
            long soft = l.soft() == ResourceLimit.INFINITY ? Long.MAX_VALUE : l.soft();
            if (Long.compareUnsigned(hard, nr) > 0) {
                out.report(setting.origin(), s.name() + ": LimitNOFILE " + text(l) + " is above fs.nr_open "
                        + nr + nrWhere + "; the kernel refuses it and systemd quietly starts the service with "
                        + "the highest limit it can set instead; ask for at most " + nr);
            }
            OptionalLong max = limit(fileMax);
            if (max.isPresent() && Long.compareUnsigned(soft, max.getAsLong()) > 0) {
                out.report(setting.origin(), s.name() + ": LimitNOFILE " + text(l) + " lets this one service open "
                        + "more files than the whole system may (fs.file-max " + max.getAsLong() + ", "
                        + fileMax.origin() + "); when it leaks descriptors the machine runs out, not just the service");
            }
        }
    }

    private static OptionalLong limit(SysctlValue v) {
        return v == null || !v.isSet() ? OptionalLong.empty() : v.asLong();
    }

    private static String text(ResourceLimit l) {
        String soft = l.soft() == ResourceLimit.INFINITY ? "infinity" : Long.toUnsignedString(l.soft());
        String hard = l.hard() == ResourceLimit.INFINITY ? "infinity" : Long.toUnsignedString(l.hard());
        return soft.equals(hard) ? soft : soft + ":" + hard;
    }
}
