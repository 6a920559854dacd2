package dev.headroom.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.headroom.model.proc.CgroupMemoryLimit;
import dev.headroom.model.proc.ProcessSample;
import dev.headroom.model.proc.ProcessSampler;

/**
 * The facts of the machine headroom runs on, for {@code --root /}: MemTotal and SwapTotal from
 * {@code /proc/meminfo}, lowered to the cgroup memory limit on headroom's own cgroup when that is
 * smaller (what a container really has), the CPUs the JVM may use, and every service's size as
 * {@link ProcessSampler} measures it, in the facts file's {@code [measured]} names
 * ({@code apache2}, {@code apache2.child}).
 */
public final class HostProbe {

    private HostProbe() {
    }

    public static HostFacts live() {
        return probe(Path.of("/proc"), Path.of("/sys/fs/cgroup"), Runtime.getRuntime().availableProcessors());
    }

    /** The facts from a proc root and a cgroup root; {@link HostFacts#UNKNOWN} when neither says anything. */
    static HostFacts probe(Path proc, Path cgroupRoot, int cpus) {
        Long memTotal = null;
        Long swap = null;
        try {
            for (String l : Files.readAllLines(proc.resolve("meminfo"), StandardCharsets.ISO_8859_1)) {
                if (l.startsWith("MemTotal:")) {
                    memTotal = kib(l);
                } else if (l.startsWith("SwapTotal:")) {
                    swap = kib(l);
                }
            }
        } catch (IOException | RuntimeException e) {
            memTotal = null;
            swap = null;
        }
        CgroupMemoryLimit limit = null;
        try {
            String self = Files.readString(proc.resolve("self/cgroup"), StandardCharsets.ISO_8859_1);
            limit = CgroupMemoryLimit.of(self, cgroupRoot).orElse(null);
        } catch (IOException | RuntimeException e) {
            // no cgroup file: not Linux, or a proc copy without one; no limit is known
        }
        ProcessSample processes = ProcessSampler.sample(proc);
        if (memTotal == null && processes.processes().isEmpty()) {
            return HostFacts.UNKNOWN;
        }
        Long ram = limit == null ? memTotal : memTotal == null ? limit.bytes() : Math.min(memTotal, limit.bytes());
        return new HostFacts(ram, swap, cpus, processes.measuredSizes(), "/proc",
                new LiveHost(memTotal, limit, processes));
    }

    private static Long kib(String line) {
        String digits = line.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 15 ? null : Long.parseLong(digits) * 1024;
    }
}
