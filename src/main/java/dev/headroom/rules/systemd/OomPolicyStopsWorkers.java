package dev.headroom.rules.systemd;

import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.systemd.Daemons;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * The Copr story (shared/seeds/003): with OOMPolicy=stop, systemd's default, the OOM killer
 * taking one leaking httpd child made systemd stop all of httpd. For daemons that run many
 * worker processes and replace a lost one themselves, OOMPolicy=continue is right; Fedora
 * and Debian ship it for httpd (BZ 1947475).
 */
public final class OomPolicyStopsWorkers implements Rule<SystemdConfig> {

    static final RuleInfo INFO = new RuleInfo("SD301", "oom-policy-stops-workers", Severity.WARNING,
            "systemd", "OOMPolicy=stop on a service whose daemon runs worker processes: one child killed stops it all.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SystemdConfig model, Reporter out) {
        for (ServiceUnit s : model.services()) {
            String exe = s.executable();
            if (s.masked() || exe == null || !Daemons.runsWorkers(exe)) {
                continue;
            }
            UnitSetting oom = s.get("OOMPolicy");
            if (oom.value() != OomPolicy.STOP) {
                continue;
            }
            String why = oom.basis() == null ? "OOMPolicy=stop"
                    : "OOMPolicy is stop (" + (oom.basis().equals("DefaultOOMPolicy") && oom.origin() == null
                            ? "systemd's default" : oom.basis()) + ")";
            UnitSetting exec = s.get("ExecStart");
            out.report(oom.origin() != null && oom.basis() == null ? oom.origin()
                    : exec != null ? exec.origin() : s.at(),
                    s.name() + ": " + why + ", so when the OOM killer takes one " + exe
                            + " worker, systemd stops the whole service; add the drop-in etc/systemd/system/"
                            + s.name() + ".d/oom-policy.conf with [Service] OOMPolicy=continue",
                    java.util.List.of(new Remedy(Remedy.Kind.UNIT_SETTING, s.name(), "OOMPolicy", "continue", 0)));
        }
    }
}
