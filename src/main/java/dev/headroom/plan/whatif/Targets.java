package dev.headroom.plan.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.phpfpm.PhpFpmPool;
import dev.headroom.model.systemd.Daemons;
import dev.headroom.model.systemd.ServiceUnit;

/**
 * The targets of a workspace by name: {@code host}; each httpd by its service name; clamd as
 * {@code clamd} (or {@code clamd@INSTANCE} when there are several); freshclam; every service
 * unit by its full name ({@code .service} may be left off when typing).
 */
public final class Targets {

    public static final String HOST = "host";

    private final Map<String, Target> byName;

    private Targets(Map<String, Target> byName) {
        this.byName = byName;
    }

    public static Targets of(Workspace ws) {
        Map<String, Target> m = new LinkedHashMap<>();
        m.put(HOST, new Target(HOST, Target.Kind.HOST, null, null, null));
        for (HttpdConfig c : ws.httpd()) {
            m.putIfAbsent(c.name(), new Target(c.name(), Target.Kind.HTTPD, c, null, unitOf(ws, c.name() + ".service")));
        }
        ClamavSetup clam = ws.clamav();
        if (clam != null) {
            for (ClamdInstance c : clam.clamd()) {
                String name = clam.clamd().size() == 1 ? "clamd" : instanceName("clamd", c.unit(), c.config().file());
                m.putIfAbsent(name, new Target(name, Target.Kind.CLAMD, null, c.config(), c.unit()));
            }
            for (FreshclamInstance f : clam.freshclam()) {
                String name = clam.freshclam().size() == 1 ? "freshclam"
                        : instanceName("freshclam", f.unit(), f.config().file());
                m.putIfAbsent(name, new Target(name, Target.Kind.FRESHCLAM, null, f.config(), f.unit()));
            }
        }
        if (ws.phpfpm() != null) {
            ServiceUnit fpm = unitRunning(ws, "php-fpm");
            for (PhpFpmPool p : ws.phpfpm().pools()) {
                String name = "php-fpm:" + p.name();
                m.putIfAbsent(name, new Target(name, Target.Kind.PHPFPM_POOL, null, null, fpm, p, null));
            }
        }
        if (ws.mysql() != null) {
            m.putIfAbsent("mysql", new Target("mysql", Target.Kind.MYSQL, null, null, unitRunning(ws, "mysqld"), null,
                    ws.mysql()));
        }
        if (ws.systemd() != null) {
            for (ServiceUnit u : ws.systemd().services()) {
                m.putIfAbsent(u.name(), new Target(u.name(), Target.Kind.UNIT, null, null, u));
            }
        }
        return new Targets(m);
    }

    /** {@code clamd@scan} for the unit {@code clamd@scan.service}, else the config file's name. */
    private static String instanceName(String daemon, ServiceUnit unit, String file) {
        if (unit != null) {
            String n = unit.name();
            return n.endsWith(".service") ? n.substring(0, n.length() - ".service".length()) : n;
        }
        String base = file.substring(file.lastIndexOf('/') + 1);
        return daemon + "@" + (base.endsWith(".conf") ? base.substring(0, base.length() - 5) : base);
    }

    /** The unit whose daemon is php-fpm (any version) or mysqld/mariadbd; null when none. */
    private static ServiceUnit unitRunning(Workspace ws, String daemon) {
        return ws.systemd() == null ? null : ws.systemd().running(daemon.equals("php-fpm") ? Daemons::isPhpFpm
                : dev.headroom.model.systemd.SystemdConfig::isMysqlServer);
    }

    private static ServiceUnit unitOf(Workspace ws, String name) {
        if (ws.systemd() == null) {
            return null;
        }
        return ws.systemd().services().stream().filter(u -> u.name().equals(name)).findFirst().orElse(null);
    }

    /** The target called {@code name} ({@code .service} may be left off), or null. */
    public Target find(String name) {
        Target t = byName.get(name);
        return t != null ? t : byName.get(name + ".service");
    }

    /** Every target, host first. */
    public List<Target> all() {
        return new ArrayList<>(byName.values());
    }
}
