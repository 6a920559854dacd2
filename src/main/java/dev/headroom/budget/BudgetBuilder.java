package dev.headroom.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Reserve;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.httpd.HttpdConfig;

/** The check step's budget: each service's memory from the model and the facts, then the scenarios. */
public final class BudgetBuilder {

    private BudgetBuilder() {
    }

    /**
     * The budget of a workspace; null when RAM is not known.
     *
     * @param ram     RAM from the command line (--ram), overriding the facts; null for none
     * @param reserve the reserve from the command line (--reserve), null for 10 % (at least 64 MiB)
     */
    public static Budget of(Workspace ws, Long ram, Reserve reserve) {
        return of(ws, ram, reserve, false);
    }

    /** @param countSwap whether swap counts as room (--count-swap) */
    public static Budget of(Workspace ws, Long ram, Reserve reserve, boolean countSwap) {
        HostFacts facts = ws.facts() == null ? HostFacts.UNKNOWN : ws.facts();
        Long r = ram != null ? ram : facts.ram();
        if (r == null) {
            return null;
        }
        String source = ram != null ? "--ram"
                : facts.live() != null && facts.live().ramSource() != null ? facts.live().ramSource() : facts.source();
        List<String> notes = new ArrayList<>();
        List<ServiceMemory> services = services(ws, facts, notes);
        if (facts.live() != null && facts.live().processes() != null) {
            // what the probe could not read is said, not guessed (DESIGN.md §3)
            facts.live().processes().services().stream().map(s -> s.unreadableNote())
                    .filter(java.util.Objects::nonNull).forEach(notes::add);
        }
        List<String> estimated = services.stream().filter(ServiceMemory::estimated).map(ServiceMemory::name).toList();
        if (!estimated.isEmpty()) {
            notes.add("estimated, not measured: " + String.join(", ", estimated)
                    + " (measure on the host, or give [measured] sizes in a facts file)");
        }
        Reserve res = reserve != null ? reserve : facts.reserve() != null ? facts.reserve() : Reserve.DEFAULT;
        return Budget.of(r, res.of(r), facts.swap(), countSwap, source, services, notes);
    }

    /** Each service's figures, whether or not RAM is known. */
    public static List<ServiceMemory> services(Workspace ws) {
        return services(ws, ws.facts() == null ? HostFacts.UNKNOWN : ws.facts(), new ArrayList<>());
    }

    private static List<ServiceMemory> services(Workspace ws, HostFacts facts, List<String> notes) {
        List<ServiceMemory> services = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (HttpdConfig c : ws.httpd()) {
            if (c.mpm() == null) {
                notes.add(c.name() + ": no MPM loaded, so no figures");
                continue;
            }
            services.add(HttpdMemory.of(c, facts));
            claimed.add(c.name());
            claimed.add("httpd");
        }
        if (ws.clamav() != null) {
            for (ServiceMemory m : ClamavMemory.of(ws.clamav(), facts)) {
                services.add(m);
                claimed.add(Units.key(m.name()));
            }
            claimed.add("clamd");
            claimed.add("freshclam");
        }
        if (ws.phpfpm() != null) {
            for (var master : ws.phpfpm().masters()) {
                if (master.refused() || master.pools().isEmpty()) {
                    continue;
                }
                ServiceMemory m = PhpFpmMemory.of(master, ws.systemd(), facts);
                services.add(m);
                claimed.add(Units.key(m.name()));
            }
            claimed.add("php-fpm");
        }
        if (ws.mysql() != null) {
            ServiceMemory m = MysqlServerMemory.of(ws.mysql(), ws.systemd(), facts);
            if (m != null) {
                services.add(m);
                claimed.add(Units.key(m.name()));
                claimed.add("mysql");
            } else {
                notes.add("my.cnf is there but no MySQL or MariaDB server unit (a client only): not counted");
            }
        }
        if (ws.systemd() != null) {
            for (var u : ws.systemd().services()) {
                // an installed varnish counts when it is enabled (Debian's package enables it) or measured running
                if (!u.masked() && "varnishd".equals(u.executable()) && !u.name().contains("@.")
                        && (u.enabled() || facts.measured(Units.key(u.name())) != null)) {
                    services.add(VarnishMemory.of(u, facts));
                    claimed.add(Units.key(u.name()));
                }
            }
        }
        for (Map.Entry<String, Long> e : facts.measured().entrySet()) {
            String k = e.getKey();
            // NAME.child and NAME.parent are parts of a service; a unit name may hold dots (php8.2-fpm)
            if (k.endsWith(".child") || k.endsWith(".parent") || claimed.contains(k)) {
                continue;
            }
            services.add(new ServiceMemory(k, "measured", e.getValue(), e.getValue(), Moment.ALWAYS,
                    Sizes.human(e.getValue()) + " measured (" + k + (facts.source() == null ? "" : ", "
                            + facts.source()) + ")", false, null));
        }
        services = enabledOnly(ws, facts, services, notes);
        if (facts.live() != null && facts.live().processes() != null) {
            ServiceMemory rest = outsideServices(facts);
            long unread = facts.live().processes().outsideServices().stream()
                    .filter(p -> p.pssBytes() == null).count();
            if (rest != null) {
                services.add(rest);
            } else if (unread > 0) {
                notes.add("could not read " + unread + (unread == 1 ? " process" : " processes")
                        + " outside any service (not ours; run as root)");
            }
        }
        return services;
    }

    /**
     * A daemon whose unit is installed but neither enabled nor measured running takes no memory:
     * left out, and said. A daemon without a unit here (a tree of configuration only) counts.
     */
    private static List<ServiceMemory> enabledOnly(Workspace ws, HostFacts facts, List<ServiceMemory> services,
            List<String> notes) {
        if (ws.systemd() == null) {
            return services;
        }
        List<ServiceMemory> out = new ArrayList<>();
        for (ServiceMemory m : services) {
            var unit = ws.systemd().services().stream()
                    .filter(u -> u.name().equals(m.name()) || u.name().equals(m.name() + ".service"))
                    .findFirst().orElse(null);
            if (unit != null && !unit.enabled() && facts.measured(Units.key(unit.name())) == null) {
                notes.add(unit.name() + " is " + (unit.masked() ? "masked" : "not enabled") + ": not counted");
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * On the live host, what runs outside any service (login sessions, cron jobs, a build) is
     * memory too: its readable PSS, headroom's own process left out.
     */
    private static ServiceMemory outsideServices(HostFacts facts) {
        long self = ProcessHandle.current().pid();
        long bytes = 0;
        int n = 0;
        int unread = 0;
        for (var p : facts.live().processes().outsideServices()) {
            if (p.pid() == self) {
                continue;
            }
            if (p.pssBytes() == null) {
                unread++;
            } else {
                bytes += p.pssBytes();
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        return new ServiceMemory("other processes", "measured", bytes, bytes, Moment.ALWAYS, Sizes.human(bytes)
                + " measured: " + n + " processes outside any service (headroom itself left out)"
                + (unread > 0 ? "; could not read " + unread + (unread == 1 ? " more process" : " more processes")
                        + " (not ours; run as root)" : ""),
                false, null);
    }
}
