package dev.headroom.model.openbsd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.source.Origin;
import dev.headroom.source.SourceFile;

/**
 * The effective settings of one OpenBSD kernel configuration file, as config(8) builds them
 * from it and its includes: the options left after every {@code option} (the last one wins)
 * and {@code rmoption}, the {@code machine} and {@code maxusers} lines, each with where it comes
 * from. Read by {@link KernelConfigReader}.
 *
 * @param path           the file's path on the server
 * @param display        the file's path as shown to people
 * @param files          every file read, the main file first, in the order they were read
 * @param machine        the architecture of the last {@code machine} line, or null
 * @param machineOrigin  where it is, or null
 * @param maxusers       the last {@code maxusers} value, or null
 * @param maxusersOrigin where it is, or null
 * @param options        the effective options by name, in the order they were first set
 * @param events         what config(8) would say, in reading order
 */
public record KernelConfig(String path, String display, List<SourceFile> files, String machine,
        Origin machineOrigin, Long maxusers, Origin maxusersOrigin, Map<String, KernelOption> options,
        List<KernelEvent> events) {

    public KernelConfig {
        files = List.copyOf(files);
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        events = List.copyOf(events);
    }

    /** The effective option, or null when it is not set. */
    public KernelOption option(String name) {
        return options.get(name);
    }

    /** The options whose value is a number, as {@link KernelMemory#of} takes them. */
    public Map<String, Long> numericOptions() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (KernelOption o : options.values()) {
            if (o.number() != null) {
                out.put(o.name(), o.number());
            }
        }
        return out;
    }

    /** The file as a whole, for findings about the configuration as a whole. */
    public Origin fileOrigin() {
        return Origin.file(display);
    }
}
