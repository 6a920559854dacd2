package dev.headroom.model.systemd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * What systemd 252 knows in a unit file: the sections of each unit type (the {@code .sections}
 * of its unit vtable, checked with {@code systemd-analyze verify}) and the keys of each
 * section (load-fragment-gperf, read from the resource {@code unit-keys-252.txt}). A section
 * outside the type's list is skipped whole ("Unknown section"); a key outside the table is
 * ignored with "Unknown key" unless the section or the key starts with {@code X-}.
 */
public final class UnitKeys {

    static final String RESOURCE = "/dev/headroom/systemd/unit-keys-252.txt";

    /** The sections of system.conf and user.conf (main.c parse_config_file). */
    public static final Set<String> MANAGER_SECTIONS = Set.of("Manager");

    private static final Set<String> TYPES = Set.of("service", "socket", "target", "device", "mount",
            "automount", "swap", "timer", "path", "slice", "scope");

    private static volatile Set<String> keys;

    private UnitKeys() {
    }

    /**
     * The sections a unit of this type reads: [Unit], the type's own, [Install]. Null when the
     * type is not one systemd has (then every known section is accepted).
     */
    public static Set<String> sectionsOf(String type) {
        if (type == null || !TYPES.contains(type)) {
            return null;
        }
        String own = Character.toUpperCase(type.charAt(0)) + type.substring(1);
        return Set.of("Unit", own, "Install");
    }

    /**
     * The unit type a file belongs to, from its name ({@code x.service}) or from the drop-in
     * directory it sits in ({@code x.service.d/10.conf}, {@code service.d/10.conf}); null
     * when neither tells.
     */
    public static String typeOf(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        String name = p.substring(slash + 1);
        String type = suffixType(name);
        if (type != null || slash < 0) {
            return type;
        }
        String dir = p.substring(p.lastIndexOf('/', slash - 1) + 1, slash);
        if (!dir.endsWith(".d")) {
            return null;
        }
        dir = dir.substring(0, dir.length() - 2);
        return TYPES.contains(dir) ? dir : suffixType(dir);
    }

    private static String suffixType(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String t = name.substring(dot + 1);
        return TYPES.contains(t) ? t : null;
    }

    /** Whether systemd has {@code key} in {@code section} (both case-sensitive). */
    public static boolean known(String section, String key) {
        return table().contains(section + "." + key);
    }

    private static final java.util.Map<String, java.util.List<String>> BY_SECTION =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The keys systemd knows in a section, sorted (worked out once per section). */
    public static java.util.List<String> keysOf(String section) {
        return BY_SECTION.computeIfAbsent(section, sec -> table().stream().filter(k -> k.startsWith(sec + "."))
                .map(k -> k.substring(sec.length() + 1)).sorted().toList());
    }

    private static Set<String> table() {
        Set<String> t = keys;
        if (t == null) {
            synchronized (UnitKeys.class) {
                t = keys;
                if (t == null) {
                    t = load();
                    keys = t;
                }
            }
        }
        return t;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>(2048);
        try (InputStream in = UnitKeys.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
