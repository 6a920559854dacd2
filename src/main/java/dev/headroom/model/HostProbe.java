package dev.headroom.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The facts of the machine headroom runs on, for {@code --root /}: MemTotal and SwapTotal from
 * {@code /proc/meminfo}, lowered to the cgroup's {@code memory.max} when that is smaller (what a
 * container really has), and the CPUs the JVM may use.
 */
public final class HostProbe {

    private HostProbe() {
    }

    public static HostFacts live() {
        Long ram = null;
        Long swap = null;
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    ram = kib(l);
                } else if (l.startsWith("SwapTotal:")) {
                    swap = kib(l);
                }
            }
            Path max = Path.of("/sys/fs/cgroup/memory.max");
            if (ram != null && Files.isReadable(max)) {
                String v = Files.readString(max).strip();
                if (v.matches("\\d+")) {
                    ram = Math.min(ram, Long.parseLong(v));
                }
            }
        } catch (IOException | RuntimeException e) {
            return HostFacts.UNKNOWN;
        }
        return new HostFacts(ram, swap, Runtime.getRuntime().availableProcessors(), Map.of(), "/proc/meminfo");
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
    }
}
