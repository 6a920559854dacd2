package dev.headroom.report;

import java.util.List;
import java.util.Map;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.plan.whatif.Target;
import dev.headroom.plan.whatif.Targets;

/** {@code show} in a tune session: what {@code headroom show} prints, for the whole server or one target. */
public final class TuneShow {

    private TuneShow() {
    }

    public static String all(Workspace ws, Style style) {
        return new ShowReport(ws.httpd(), ws.systemd(), ws.clamav(), ws.facts()).text(style) + host(ws.facts(), style);
    }

    /** One target as the workspace has it (with the what-ifs in). */
    public static String one(Workspace ws, Target target, Style style) {
        Target t = Targets.of(ws).find(target.name());
        if (t == null) {
            return target.name() + ": not in the configuration any more\n";
        }
        return switch (t.kind()) {
            case HOST -> host(ws.facts(), style);
            case HTTPD -> new ShowReport(List.of(t.httpd()), null, null, ws.facts()).text(style);
            case CLAMD, FRESHCLAM -> new ShowReport(List.of(), null, only(ws.clamav(), t), ws.facts()).text(style);
            case PHPFPM_POOL, MYSQL -> settings(ws, t, style);
            case UNIT -> new ShowReport(List.of(), new SystemdConfig(List.of(t.unit()), ws.systemd().defaults(),
                    ws.systemd().files(), List.of()), null, ws.facts()).text(style);
        };
    }

    /** A php-fpm pool's or MySQL's settings that a what-if can change, with their values. */
    private static String settings(Workspace ws, Target t, Style style) {
        StringBuilder out = new StringBuilder(style.bold(t.name())).append("  ").append(t.describe()).append('\n');
        for (String s : dev.headroom.plan.whatif.Settings.names(t, List.of())) {
            String v = dev.headroom.plan.whatif.Values.of(ws, t, s);
            if (v != null) {
                out.append(String.format("  %-30s %12s%n", s, v));
            }
        }
        return out.toString();
    }

    private static ClamavSetup only(ClamavSetup c, Target t) {
        return new ClamavSetup(c.clamd().stream().filter(x -> x.config().file().equals(t.clam().file())).toList(),
                c.freshclam().stream().filter(x -> x.config().file().equals(t.clam().file())).toList(), c.files(),
                List.of());
    }

    private static String host(HostFacts f, Style style) {
        HostFacts h = f == null ? HostFacts.UNKNOWN : f;
        StringBuilder out = new StringBuilder(style.bold("host")).append("  ")
                .append(h.source() == null ? "no facts" : h.source()).append('\n');
        out.append(String.format("  %-26s %10s%n", "ram", h.ram() == null ? "unknown" : Sizes.human(h.ram())));
        out.append(String.format("  %-26s %10s%n", "swap", h.swap() == null ? "unknown" : Sizes.human(h.swap())));
        out.append(String.format("  %-26s %10s%n", "cpus", h.cpus() == null ? "unknown" : h.cpus()));
        for (Map.Entry<String, Long> e : h.measured().entrySet()) {
            out.append(String.format("  %-26s %10s  %s%n", e.getKey(), Sizes.human(e.getValue()), style.dim("measured")));
        }
        return out.toString();
    }
}
