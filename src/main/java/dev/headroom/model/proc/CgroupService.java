package dev.headroom.model.proc;

/**
 * The systemd service a process belongs to, from its {@code /proc/PID/cgroup}. systemd names a
 * unit's cgroup after the unit, under the slices that hold it
 * ({@code /system.slice/system-clamd.slice/clamd@scan.service}), so the first component below
 * the slices is the unit the system manager runs, whose {@code MemoryMax=} applies. Below a
 * service there may be more: a delegated subtree, or a user's own units under
 * {@code user@1000.service}; they count towards that service, as their memory does.
 *
 * <p>Scopes ({@code init.scope}, {@code session-3.scope}, a container's {@code docker-ID.scope})
 * and anything outside systemd's tree ({@code /}, {@code /docker/ID}) are not services.
 */
public final class CgroupService {

    private CgroupService() {
    }

    /**
     * The unit name ({@code apache2.service}), or null when the process is in no service. The
     * path is taken from the {@code name=systemd} line when it says more than {@code /} (cgroup
     * v1, where the unified {@code 0::} line stays at the root), else from the {@code 0::} line
     * (cgroup v2; in hybrid mode both agree).
     */
    public static String unitOf(String cgroupFile) {
        String v2 = null;
        String v1 = null;
        for (String line : cgroupFile.split("\n")) {
            String[] f = line.split(":", 3);
            if (f.length < 3) {
                continue;
            }
            if (f[0].equals("0") && f[1].isEmpty()) {
                v2 = f[2];
            } else if (f[1].equals("name=systemd")) {
                v1 = f[2];
            }
        }
        String path = v1 != null && !v1.strip().equals("/") ? v1 : v2;
        return path == null ? null : unitOfPath(path.strip());
    }

    static String unitOfPath(String path) {
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.endsWith(".slice")) {
                continue;
            }
            // systemd's cg_escape() puts "_" before names that could clash with the kernel's own
            // files (cpu.service -> _cpu.service); cg_unescape() takes it off again
            String unit = part.startsWith("_") ? part.substring(1) : part;
            return unit.endsWith(".service") && unit.length() > ".service".length() ? unit : null;
        }
        return null;
    }
}
