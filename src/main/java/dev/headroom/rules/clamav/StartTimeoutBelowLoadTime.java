package dev.headroom.rules.clamav;

import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.EngineEstimate;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.systemd.values.ServiceType;
import dev.headroom.model.systemd.values.TimeSpan;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * The seed's first failure (shared/seeds/000): systemd kills a clamd that takes longer to load
 * its signatures than the unit's start timeout allows, 90 s by default. That happens only where
 * systemd waits for the load: with {@code Type=forking} (RHEL's {@code clamd@.service}), the
 * parent clamd exits only once the databases are loaded — measured here, the parent of a clamd
 * loading 2 M signatures exited after 1.9 s, when its socket was up; {@code notify}, {@code dbus}
 * and {@code oneshot} wait too. Debian's {@code clamav-daemon.service} is {@code Type=simple},
 * where the load is not timed (shared/domain.md C.8).
 *
 * <p>The load time allowed for is the calibrated CPU time of the load times the slow-host
 * factor of {@code engine-model.properties} (field reports: 4-27 times the calibration
 * machine's figure on small or busy hosts).
 */
public final class StartTimeoutBelowLoadTime implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("CL301", "start-timeout-below-load-time", Severity.WARNING, "clamav",
            "The unit's start timeout is shorter than clamd may need to load its signatures: systemd kills it.");

    /** ClamAV's own units (clamav-daemon.service.in, Fedora's clamd@.service) allow this much. */
    static final long UPSTREAM_TIMEOUT_SECONDS = 420;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        if (ws.clamav() == null) {
            return;
        }
        for (ClamdInstance c : ws.clamav().clamd()) {
            ServiceUnit unit = c.unit();
            if (unit == null || c.config().refused()) {
                continue;
            }
            UnitSetting typeSetting = unit.get("Type");
            UnitSetting timeoutSetting = unit.get("TimeoutStartSec");
            if (typeSetting == null || timeoutSetting == null
                    || !((ServiceType) typeSetting.value()).startWaitsForDaemon()) {
                continue;
            }
            TimeSpan timeout = (TimeSpan) timeoutSetting.value();
            EngineEstimate e = c.estimate();
            if (timeout.infinite() || timeout.seconds() >= e.slowLoadSeconds()) {
                continue;
            }
            long propose = Math.max(UPSTREAM_TIMEOUT_SECONDS, 60 * (long) Math.ceil(e.slowLoadSeconds() * 1.5 / 60));
            String type = ((ServiceType) typeSetting.value()).systemdName();
            String timeoutText = timeoutSetting.origin() == null
                    ? "the default start timeout of " + seconds(timeout.seconds())
                    : "TimeoutStartSec " + seconds(timeout.seconds());
            out.report(timeoutSetting.origin() != null ? timeoutSetting.origin()
                    : unit.get("ExecStart") != null && unit.get("ExecStart").origin() != null
                            ? unit.get("ExecStart").origin() : unit.at(),
                    unit.name() + ": with Type=" + type + " systemd waits for clamd to load its signatures, and "
                            + timeoutText + " may not cover it: " + Signatures.describe(c, e) + " take about "
                            + seconds(e.loadCpuSeconds()) + " of CPU on a fast idle core and up to "
                            + seconds(e.slowLoadSeconds()) + " on a small or busy one; systemd then kills clamd "
                            + "and its clients find no socket. Add the drop-in etc/systemd/system/" + unit.name()
                            + ".d/timeout.conf with [Service] TimeoutStartSec=" + propose,
                    java.util.List.of(new Remedy(Remedy.Kind.UNIT_SETTING, unit.name(), "TimeoutStartSec",
                            String.valueOf(propose), 0)));
        }
    }

    static String seconds(double s) {
        if (s < 10) {
            return String.format(java.util.Locale.ROOT, "%.1f s", s);
        }
        long whole = Math.round(s);
        return whole < 120 ? whole + " s" : (whole / 60) + " min " + (whole % 60) + " s";
    }
}
