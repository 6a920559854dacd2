package dev.headroom.model.sysctl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.lang.sysctl.SysctlKey;

/**
 * The kernel variables the sysctl files of a root set at boot, as one program applies them,
 * each with the line that decides it. Build one with {@link SysctlReader}.
 *
 * <p>For a key, the value is the one of the last line naming it (the program's ordered map of
 * options, see {@link SysctlProgram}); a {@code -key} line with no {@code =} keeps glob patterns
 * away from it. A key no line names takes the value of the last glob pattern that matches it
 * (systemd-sysctl {@code apply_all}: globs are written in order to every matching key that has
 * no option of its own; procps {@code write_setting_list} does the same). Whether a glob
 * matches depends on the variables the running kernel has, so a glob is only ever applied to
 * the key asked about.
 */
public final class SysctlConfig {

    /** System-wide limit on open files; LimitNOFILE above it is meaningless. */
    public static final String FILE_MAX = "fs.file-max";
    /** Per-process ceiling for RLIMIT_NOFILE: setrlimit above it fails (EPERM). */
    public static final String NR_OPEN = "fs.nr_open";
    /** 0 heuristic, 1 always, 2 never overcommit (then CommitLimit counts). */
    public static final String OVERCOMMIT_MEMORY = "vm.overcommit_memory";
    /** With overcommit_memory = 2: the share of RAM in CommitLimit. */
    public static final String OVERCOMMIT_RATIO = "vm.overcommit_ratio";
    public static final String SWAPPINESS = "vm.swappiness";
    /** Memory the kernel keeps free: not available to the services. */
    public static final String MIN_FREE_KBYTES = "vm.min_free_kbytes";

    private final SysctlProgram program;
    private final List<SysctlFile> files;
    private final List<SysctlAssignment> assignments;
    private final List<SysctlAssignment> options;
    private final Map<String, SysctlAssignment> byKey = new LinkedHashMap<>();
    private final List<SysctlEvent> events;

    SysctlConfig(SysctlProgram program, List<SysctlFile> files, List<SysctlAssignment> assignments,
            List<SysctlAssignment> options, List<SysctlEvent> events) {
        this.program = program;
        this.files = List.copyOf(files);
        this.assignments = List.copyOf(assignments);
        this.options = List.copyOf(options);
        this.events = List.copyOf(events);
        for (SysctlAssignment a : options) {
            byKey.put(a.key().path(), a);
        }
    }

    /** The kernel's default fs.nr_open (1024 * 1024; Debian's systemd does not raise it). */
    public static final long KERNEL_NR_OPEN = 1024 * 1024;

    /** The per-process ceiling RLIMIT_NOFILE can be set to: fs.nr_open as configured, else the kernel's default. */
    public static long nrOpen(SysctlConfig sysctl) {
        SysctlValue v = sysctl == null ? null : sysctl.value(NR_OPEN);
        return v == null || !v.isSet() ? KERNEL_NR_OPEN : v.asLong().orElse(KERNEL_NR_OPEN);
    }

    public SysctlProgram program() {
        return program;
    }

    /** The effective value of a key, written with dots or slashes as in the files. */
    public SysctlValue value(String name) {
        return value(SysctlKey.of(name));
    }

    /** The effective value of a normalised key. */
    public SysctlValue value(SysctlKey key) {
        SysctlAssignment own = byKey.get(key.path());
        if (own != null) {
            return own.isExclusion()
                    ? new SysctlValue(key.name(), SysctlValue.State.EXCLUDED, null, own.origin(), null, false)
                    : new SysctlValue(key.name(), SysctlValue.State.SET, own.value(), own.origin(), null,
                            own.ignoreFailure());
        }
        SysctlAssignment glob = null;
        if (!key.isGlob()) {
            for (SysctlAssignment a : options) {
                if (!a.isExclusion() && a.key().isGlob() && a.key().matches(key)) {
                    glob = a;
                }
            }
        }
        if (glob == null) {
            return SysctlValue.notSet(key.name());
        }
        return new SysctlValue(key.name(), SysctlValue.State.SET, glob.value(), glob.origin(), glob.key().name(),
                glob.ignoreFailure());
    }

    /**
     * Every key a line names (not the glob patterns), with its effective value, in the order
     * the program writes them.
     */
    public List<SysctlValue> values() {
        List<SysctlValue> out = new ArrayList<>();
        for (SysctlAssignment a : options) {
            if (!a.key().isGlob()) {
                out.add(value(a.key()));
            }
        }
        return out;
    }

    /** The options in the order the program writes them, glob patterns and exclusions included. */
    public List<SysctlAssignment> options() {
        return options;
    }

    /** Every line naming exactly this key (not through a glob), in the order they are read. */
    public List<SysctlAssignment> history(String name) {
        String path = SysctlKey.of(name).path();
        List<SysctlAssignment> out = new ArrayList<>();
        for (SysctlAssignment a : assignments) {
            if (a.key().path().equals(path)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Every line of every file read, in reading order. */
    public List<SysctlAssignment> assignments() {
        return assignments;
    }

    /** The files read (in order), then those overridden by name. */
    public List<SysctlFile> files() {
        return files;
    }

    public List<SysctlEvent> events() {
        return events;
    }
}
