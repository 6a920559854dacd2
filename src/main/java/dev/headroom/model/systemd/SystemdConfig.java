package dev.headroom.model.systemd;

import java.util.List;

import dev.headroom.source.SourceFile;

/**
 * What systemd will do on the host: every service with its effective settings, the manager's
 * defaults, every unit file read, and what was noticed on the way.
 */
public record SystemdConfig(List<ServiceUnit> services, ManagerDefaults defaults,
        List<SourceFile> files, List<UnitEvent> events) {

    /** Several lone unit files as one model; null for none. */
    public static SystemdConfig merge(List<SystemdConfig> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        List<ServiceUnit> services = new java.util.ArrayList<>();
        java.util.LinkedHashSet<SourceFile> files = new java.util.LinkedHashSet<>();
        // The manager's files are read by every part: their events once. A unit's own events
        // all stay, even two alike (systemd prints a warning once per occurrence on a line).
        List<UnitEvent> events = new java.util.ArrayList<>(parts.get(0).defaults().events());
        for (SystemdConfig p : parts) {
            services.addAll(p.services());
            files.addAll(p.files());
            java.util.Set<UnitEvent> manager = new java.util.HashSet<>(p.defaults().events());
            for (UnitEvent e : p.events()) {
                if (!manager.contains(e)) {
                    events.add(e);
                }
            }
        }
        return new SystemdConfig(List.copyOf(services), parts.get(0).defaults(), List.copyOf(files),
                List.copyOf(events));
    }

    /** The first unit not masked whose daemon's executable name passes the test (php-fpm, mysqld); null when none. */
    public ServiceUnit running(java.util.function.Predicate<String> executable) {
        for (ServiceUnit u : services) {
            String exe = u.executable();
            if (exe != null && !u.masked() && executable.test(exe)) {
                return u;
            }
        }
        return null;
    }

    /** mysqld, mariadbd or mysqld_safe. */
    public static boolean isMysqlServer(String executable) {
        return executable.equals("mysqld") || executable.equals("mariadbd") || executable.equals("mysqld_safe");
    }
}
