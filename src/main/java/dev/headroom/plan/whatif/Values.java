package dev.headroom.plan.whatif;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamType;
import dev.headroom.model.clamav.ClamValue;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.Setting;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.UnitSetting;

/**
 * The value a setting has in a model, as the daemon will run with it (after httpd's own
 * adjustments, ClamAV's defaults, systemd's drop-ins), in words: what a what-if answer says it
 * changed from and to.
 */
public final class Values {

    private Values() {
    }

    /** The effective value, or null when the model does not hold it. */
    public static String of(Workspace ws, Target t, String setting) {
        Target now = Targets.of(ws).find(t.name());
        if (now == null) {
            return null;
        }
        if (t.kind() == Target.Kind.HOST) {
            return host(ws.facts() == null ? HostFacts.UNKNOWN : ws.facts(), setting);
        }
        if (t.kind() == Target.Kind.HTTPD && Settings.own(t, setting)) {
            return httpd(now.httpd(), setting);
        }
        if ((t.kind() == Target.Kind.CLAMD || t.kind() == Target.Kind.FRESHCLAM) && Settings.own(t, setting)) {
            return clam(now.clam(), setting);
        }
        if ((t.kind() == Target.Kind.PHPFPM_POOL || t.kind() == Target.Kind.MYSQL) && Settings.own(t, setting)) {
            return IniSettings.value(now, setting);
        }
        ServiceUnit u = now.unit();
        if (u == null) {
            return null;
        }
        if (setting.equals(Settings.MASKED)) {
            return u.masked() ? "yes" : "no";
        }
        UnitSetting s = u.get(setting);
        return s == null || s.value() == null ? null : s.value().toString();
    }

    /** How httpd adjusted the value at start-up (AH00513 and the like), or null when it runs as written. */
    public static String adjustment(Workspace ws, Target t, String setting) {
        Target now = Targets.of(ws).find(t.name());
        if (now == null || now.kind() != Target.Kind.HTTPD || now.httpd().mpm() == null) {
            return null;
        }
        Setting s = now.httpd().mpm().settings().get(setting);
        return s == null ? null : s.adjustedBy();
    }

    private static String host(HostFacts f, String setting) {
        return switch (setting) {
            case "ram" -> f.ram() == null ? null : Sizes.human(f.ram());
            case "swap" -> f.swap() == null ? null : Sizes.human(f.swap());
            case "cpus" -> f.cpus() == null ? null : String.valueOf(f.cpus());
            case "reserve" -> f.ram() == null ? null
                    : Sizes.human((f.reserve() != null ? f.reserve() : dev.headroom.model.Reserve.DEFAULT).of(f.ram()));
            default -> f.measured(setting) == null ? null : Sizes.human(f.measured(setting));
        };
    }

    private static String httpd(HttpdConfig c, String directive) {
        if (c.mpm() == null) {
            return null;
        }
        Setting s = c.mpm().settings().get(directive);
        return s == null || s.value() == null ? null : s.value().toString();
    }

    private static String clam(ClamConfig c, String option) {
        ClamValue v = c.value(option).orElse(null);
        if (v == null) {
            return null;
        }
        ClamType type = v.option().type();
        if (type == ClamType.BOOL) {
            return v.enabled() ? "yes" : "no";
        }
        return type == ClamType.STRING ? v.string() : String.valueOf(v.number());
    }
}
