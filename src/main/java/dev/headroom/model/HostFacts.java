package dev.headroom.model;

import java.util.Map;

import dev.headroom.model.openbsd.OpenbsdFacts;

/**
 * What headroom knows of the machine: RAM, swap, CPUs and process sizes measured elsewhere, and
 * where each came from. Flags beat the facts file, which beats a probe of the live host.
 *
 * @param ram      bytes of RAM (or the cgroup limit, if lower), null when unknown
 * @param swap     bytes of swap, null when unknown
 * @param cpus     CPUs, null when unknown
 * @param measured process sizes by name ({@code clamd}, {@code httpd.child}, {@code amavis}),
 *                 in bytes
 * @param source   where the facts came from: a facts file as displayed, or {@code /proc}
 * @param live     the details of a probe of the live host (RAM before the cgroup limit, the
 *                 limit's file, every service's processes), null for a facts file
 * @param openbsd  the facts file's {@code [openbsd]} section (release, architecture, peers),
 *                 or null when it has none
 * @param reserve  the memory to keep free that this run was given ({@code --reserve},
 *                 {@code HEADROOM_RESERVE}, {@code [budget] reserve}), so that lint's budget rules
 *                 and {@code budget} hold the same line; null for the default
 */
public record HostFacts(Long ram, Long swap, Integer cpus, Map<String, Long> measured, String source,
        LiveHost live, OpenbsdFacts openbsd, Reserve reserve) {

    /** Facts with no reserve chosen for the run. */
    public HostFacts(Long ram, Long swap, Integer cpus, Map<String, Long> measured, String source, LiveHost live,
            OpenbsdFacts openbsd) {
        this(ram, swap, cpus, measured, source, live, openbsd, null);
    }

    /** Facts with no {@code [openbsd]} section. */
    public HostFacts(Long ram, Long swap, Integer cpus, Map<String, Long> measured, String source, LiveHost live) {
        this(ram, swap, cpus, measured, source, live, null);
    }

    /** Facts that were not probed: from a facts file, flags or a test. */
    public HostFacts(Long ram, Long swap, Integer cpus, Map<String, Long> measured, String source) {
        this(ram, swap, cpus, measured, source, null);
    }

    public static final HostFacts UNKNOWN = new HostFacts(null, null, null, Map.of(), null);

    public HostFacts {
        // in the facts file's order: reports list them as written
        measured = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measured));
    }

    /** The same facts, with these measured sizes. */
    public HostFacts withMeasured(Map<String, Long> m) {
        return new HostFacts(ram, swap, cpus, m, source, live, openbsd, reserve);
    }

    /** The same facts, with this {@code [openbsd]} section. */
    public HostFacts withOpenbsd(OpenbsdFacts o) {
        return new HostFacts(ram, swap, cpus, measured, source, live, o, reserve);
    }

    /** The same facts, with this reserve for the run (null: the default). */
    public HostFacts withReserve(Reserve r) {
        return new HostFacts(ram, swap, cpus, measured, source, live, openbsd, r);
    }

    public Long measured(String name) {
        return measured.get(name);
    }
}
