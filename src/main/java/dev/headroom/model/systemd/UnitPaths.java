package dev.headroom.model.systemd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.headroom.source.RootedFs;

/**
 * Where systemd finds a unit and its drop-ins (shared/domain.md C.4–C.5; systemd.unit(5) "UNIT
 * FILE LOAD PATH", src/shared/dropin.c): the first directory of the search path holding the
 * name wins; an instance falls back to its template; a link to /dev/null or an empty file masks
 * it. Drop-ins come from NAME.d/, the template's .d/, the dash-prefix .d/ directories and last
 * the type-wide service.d/, in search-path order; one file per basename survives (the first
 * found), and the survivors apply in basename order across all directories.
 */
public final class UnitPaths {

    /** {@code systemd-analyze unit-paths} on Debian 12, highest priority first. */
    public static final List<String> SEARCH = List.of("/etc/systemd/system.control",
            "/run/systemd/system.control", "/run/systemd/transient", "/run/systemd/generator.early",
            "/etc/systemd/system", "/etc/systemd/system.attached", "/run/systemd/system",
            "/run/systemd/system.attached", "/run/systemd/generator", "/usr/local/lib/systemd/system",
            "/lib/systemd/system", "/usr/lib/systemd/system", "/run/systemd/generator.late");

    private final RootedFs fs;
    /** Directory listings, read once: every service probes the same few dozen directories. */
    private final Map<String, List<String>> listings = new java.util.HashMap<>();

    public UnitPaths(RootedFs fs) {
        this.fs = fs;
    }

    /** The names in a directory, or an empty list when it does not exist. */
    private List<String> list(String dir) {
        return listings.computeIfAbsent(dir, d -> {
            try {
                return fs.list(d);
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    /** The unit file systemd loads for a name, or null when there is none. */
    public record Fragment(String path, boolean masked) {
    }

    public Fragment fragment(String unit) {
        Fragment f = find(unit);
        if (f == null && isInstance(unit)) {
            f = find(template(unit));
        }
        return f;
    }

    private Fragment find(String name) {
        for (String dir : SEARCH) {
            if (list(dir).contains(name)) {
                String path = dir + "/" + name;
                return new Fragment(path, masked(path));
            }
        }
        return null;
    }

    /** A link to /dev/null, or an empty file, masks (systemd.unit(5)). */
    public boolean masked(String path) {
        String target = fs.readLink(path);
        if ("/dev/null".equals(target)) {
            return true;
        }
        return fs.size(path) == 0;
    }

    /** The drop-in files that apply, in the order they apply, masked ones left out. */
    public List<String> dropIns(String unit) {
        String type = unit.substring(unit.lastIndexOf('.') + 1);
        List<String> names = new ArrayList<>();
        dropInNames(unit, names);
        java.util.LinkedHashSet<String> dirs = new java.util.LinkedHashSet<>();
        for (String p : SEARCH) {
            for (String n : names) {
                dirs.add(p + "/" + n + ".d");
            }
        }
        for (String p : SEARCH) {
            dirs.add(p + "/" + type + ".d");
        }
        Map<String, String> firstByName = new LinkedHashMap<>();
        for (String d : dirs) {
            for (String n : new TreeSet<>(list(d))) {
                if (n.endsWith(".conf")) {
                    firstByName.putIfAbsent(n, d + "/" + n);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(firstByName).entrySet()) {
            if (!"/dev/null".equals(fs.readLink(e.getValue()))) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** Names of the unit files with this suffix anywhere on the search path, sorted. */
    public List<String> names(String suffix) {
        TreeSet<String> names = new TreeSet<>();
        for (String dir : SEARCH) {
            for (String n : list(dir)) {
                // Directories are NAME.d, NAME.wants, NAME.requires: never a bare unit suffix.
                if (n.endsWith(suffix)) {
                    names.add(n);
                }
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Units enabled by the administrator: links named after them in a {@code *.wants/} or
     * {@code *.requires/} directory under /etc/systemd/system (what systemctl enable makes).
     */
    public TreeSet<String> enabled() {
        TreeSet<String> out = new TreeSet<>();
        String etc = "/etc/systemd/system";
        try {
            for (String d : fs.list(etc)) {
                if (d.endsWith(".wants") || d.endsWith(".requires")) {
                    try {
                        out.addAll(fs.list(etc + "/" + d));
                    } catch (IOException e) {
                        // unreadable: nothing enabled through it
                    }
                }
            }
        } catch (IOException e) {
            // no /etc/systemd/system
        }
        return out;
    }

    static boolean isInstance(String unit) {
        int at = unit.indexOf('@');
        return at > 0 && unit.charAt(at + 1) != '.';
    }

    static String template(String unit) {
        int at = unit.indexOf('@');
        return unit.substring(0, at + 1) + unit.substring(unit.lastIndexOf('.'));
    }

    static String instance(String unit) {
        int at = unit.indexOf('@');
        return at < 0 ? null : unit.substring(at + 1, unit.lastIndexOf('.'));
    }

    /**
     * The unit names whose {@code .d/} directories apply, most specific first, as
     * unit_file_find_dirs() in systemd's src/shared/dropin.c walks them: the name; for an
     * instance, its template (and the template's own prefixes); then the name cut at its last
     * dash ({@code foo-bar-baz.service} → {@code foo-bar-.service}), rebuilt with the instance
     * ({@code a-b@i.service} → {@code a-@i.service}), recursively. A trailing dash is cut once
     * before the next one is looked for; a leading dash ends the walk.
     */
    static void dropInNames(String name, List<String> out) {
        out.add(name);
        boolean instance = isInstance(name);
        if (instance) {
            dropInNames(template(name), out);
        }
        int dot = name.lastIndexOf('.');
        int at = name.indexOf('@');
        String prefix = at >= 0 ? name.substring(0, at) : name.substring(0, dot);
        boolean chopped = false;
        while (true) {
            int dash = prefix.lastIndexOf('-');
            if (dash <= 0) {
                return;
            }
            if (dash + 1 < prefix.length() || chopped) {
                prefix = prefix.substring(0, dash + 1);
                break;
            }
            prefix = prefix.substring(0, dash);
            chopped = true;
        }
        String type = name.substring(dot);
        dropInNames(instance ? prefix + "@" + instance(name) + type : prefix + type, out);
    }
}
