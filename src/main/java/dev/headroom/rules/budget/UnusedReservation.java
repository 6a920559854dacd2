package dev.headroom.rules.budget;

import java.util.List;

import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.HttpdDirective;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.varnish.VarnishCommandLine;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * An enabled service that reserves memory nothing uses: the seed's Varnish (shared/seeds/001),
 * enabled by its Debian package on install with a 1 GB cache on a 512 MB box, in front of
 * nothing. Varnish counts as unused when it listens on neither port 80 nor 443 and no httpd
 * directive here names one of its ports (a ProxyPass or RewriteRule to it).
 */
public final class UnusedReservation implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("MB303", "unused-reservation", Severity.WARNING, "budget",
            "An enabled service reserves memory that nothing uses (a Varnish that nothing sends traffic to).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        if (ws.systemd() == null) {
            return;
        }
        for (ServiceUnit u : ws.systemd().services()) {
            if (u.masked() || !u.enabled() || !"varnishd".equals(u.executable())) {
                continue;
            }
            VarnishCommandLine cl = VarnishCommandLine.parse(u.argv());
            List<Integer> ports = cl.ports();
            if (ports.contains(80) || ports.contains(443) || namedByHttpd(ws, ports)) {
                continue;
            }
            UnitSetting exec = u.get("ExecStart");
            long ram = ws.facts() == null || ws.facts().ram() == null ? -1 : ws.facts().ram();
            long reserved = cl.storageBytes() + cl.vslBytes();
            out.report(exec != null && exec.origin() != null ? exec.origin() : u.at(), u.name()
                    + " is enabled and will hold up to " + Sizes.human(reserved) + " (" + Sizes.human(cl.storageBytes())
                    + " of cache storage and " + Sizes.human(cl.vslBytes()) + " of shared-memory log)"
                    + (ram > 0 ? " on a machine with " + Sizes.human(ram) + " of RAM" : "") + ", but it listens on "
                    + String.join(", ", cl.listens().isEmpty() ? List.of(":80") : cl.listens())
                    + " and nothing here sends it traffic: no httpd directive names its port, and the web port"
                    + " is not its own. A package that enabled itself on install? Disable it (systemctl disable"
                    + " --now " + u.name() + "), or give it a cache the machine can spare",
                    List.of(new Remedy(Remedy.Kind.UNIT_MASK, u.name(), "", "", 0)));
        }
    }

    private static boolean namedByHttpd(Workspace ws, List<Integer> ports) {
        for (HttpdConfig c : ws.httpd()) {
            for (HttpdDirective d : c.directives()) {
                String args = String.join(" ", d.args());
                for (int p : ports) {
                    if (args.matches(".*:" + p + "(\\D.*)?")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
