package dev.headroom.config;

import java.util.Map;

import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdRelease;

/**
 * The facts file's {@code [openbsd]} section: {@code release = 3.1} (as uname -r prints it),
 * {@code arch = i386} and {@code peers = 2} (machines of a load-balanced group, so that one
 * can carry the others' load), {@code mapent-panic = yes} (the machine has panicked for want of
 * static map entries); {@code kernel}, {@code vmstat-m}, {@code netstat-m} and
 * {@code netstat-inet} name files on the server that {@code lint --root} reads. A typo is an error with its place, as in the rest of the file.
 */
final class FactsOpenbsd {

    private static final java.util.List<String> KEYS = java.util.List.of("release", "arch", "peers", "kernel",
            "vmstat-m", "netstat-m", "netstat-inet", "mapent-panic");

    private FactsOpenbsd() {
    }

    /** The section, or null when the file has none. */
    static OpenbsdFacts read(IniFile ini) throws IniFile.IniException {
        boolean present = false;
        for (String name : ini.sectionNames()) {
            present |= name.equals("openbsd");
        }
        if (!present) {
            return null;
        }
        Map<String, String> s = ini.section("openbsd");
        for (String k : s.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IniFile.IniException(ini.where("openbsd", k) + ": error: unknown key '" + k
                        + "' in [openbsd] (" + String.join(", ", KEYS) + ")");
            }
        }
        OpenbsdRelease release = OpenbsdRelease.UNKNOWN;
        if (s.containsKey("release")) {
            release = OpenbsdRelease.parse(s.get("release"));
            if (!release.known()) {
                throw new IniFile.IniException(ini.where("openbsd", "release") + ": error: release = '"
                        + s.get("release") + "' is not an OpenBSD release such as 3.1");
            }
        }
        String arch = s.get("arch");
        if (arch != null && !arch.matches("[a-z0-9_]+")) {
            throw new IniFile.IniException(ini.where("openbsd", "arch") + ": error: arch = '" + arch
                    + "' is not an architecture such as i386");
        }
        int peers = 1;
        if (s.containsKey("peers")) {
            try {
                peers = Integer.parseInt(s.get("peers"));
            } catch (NumberFormatException e) {
                peers = -1;
            }
            if (peers < 1 || peers > 64) {
                throw new IniFile.IniException(ini.where("openbsd", "peers") + ": error: peers = '" + s.get("peers")
                        + "' is not a number of machines from 1 to 64");
            }
        }
        String panic = s.get("mapent-panic");
        if (panic != null && !panic.matches("yes|no")) {
            throw new IniFile.IniException(ini.where("openbsd", "mapent-panic") + ": error: mapent-panic = '" + panic
                    + "' is yes or no (whether the machine panicked with \"out of static map entries\")");
        }
        return new OpenbsdFacts(release, arch, peers, path(ini, "kernel"), path(ini, "vmstat-m"),
                path(ini, "netstat-m"), path(ini, "netstat-inet"), "yes".equals(panic));
    }

    /** A file on the server, absolute as it is there; read under --root. */
    private static String path(IniFile ini, String key) throws IniFile.IniException {
        String v = ini.section("openbsd").get(key);
        if (v != null && !v.startsWith("/")) {
            throw new IniFile.IniException(ini.where("openbsd", key) + ": error: " + key + " = '" + v
                    + "' is not an absolute path on the server (such as /usr/src/sys/arch/i386/conf/KERNEL)");
        }
        return v;
    }
}
