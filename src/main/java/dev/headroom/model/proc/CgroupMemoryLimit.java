package dev.headroom.model.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The memory limit on headroom's own cgroup: the lowest {@code memory.max} of the cgroup and of
 * every ancestor (cgroup v2: a child can never use more than its parent allows, whatever its
 * own file says; Documentation/admin-guide/cgroup-v2.rst, "memory.max"), or on cgroup v1 the
 * lowest {@code memory.limit_in_bytes} along the memory controller's path.
 *
 * <p>The paths in {@code /proc/self/cgroup} are relative to the cgroup namespace, whose root is
 * what a container mounts at {@code /sys/fs/cgroup}; so the container's own limit is the file
 * at the mount's top, and the ancestors outside it are neither visible nor needed.
 *
 * @param bytes the limit
 * @param file  the file that sets it, for the report
 */
public record CgroupMemoryLimit(long bytes, Path file) {

    /** cgroup v1 writes "no limit" as PAGE_COUNTER_MAX pages, 9223372036854771712 with 4 KiB pages. */
    private static final long V1_UNLIMITED = 1L << 62;

    /**
     * The limit for the process whose {@code /proc/PID/cgroup} this is, with the cgroup
     * filesystems under {@code cgroupRoot} ({@code /sys/fs/cgroup}); empty when there is none.
     */
    public static Optional<CgroupMemoryLimit> of(String procCgroup, Path cgroupRoot) {
        CgroupMemoryLimit lowest = null;
        for (String line : procCgroup.split("\n")) {
            String[] f = line.split(":", 3);
            if (f.length < 3) {
                continue;
            }
            CgroupMemoryLimit l = null;
            if (f[0].equals("0") && f[1].isEmpty()) {
                l = lowest(cgroupRoot, f[2].strip(), "memory.max");
            } else if (java.util.Arrays.asList(f[1].split(",")).contains("memory")) {
                l = lowest(cgroupRoot.resolve("memory"), f[2].strip(), "memory.limit_in_bytes");
            }
            if (l != null && (lowest == null || l.bytes < lowest.bytes)) {
                lowest = l;
            }
        }
        return Optional.ofNullable(lowest);
    }

    private static CgroupMemoryLimit lowest(Path root, String cgroup, String name) {
        Path dir = root.resolve(cgroup.replaceFirst("^/+", "")).normalize();
        if (!dir.startsWith(root)) {
            // "/../.." : a cgroup outside our namespace; only the namespace's root can be read
            dir = root;
        }
        CgroupMemoryLimit lowest = null;
        for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
            Long v = read(d.resolve(name));
            if (v != null && (lowest == null || v < lowest.bytes)) {
                lowest = new CgroupMemoryLimit(v, d.resolve(name));
            }
        }
        return lowest;
    }

    /** The limit in a file, null for "max", v1's "unlimited", a missing file or garbage. */
    private static Long read(Path file) {
        try {
            String v = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
            if (!v.matches("\\d{1,19}")) {
                return null;
            }
            long bytes = Long.parseLong(v);
            return bytes >= V1_UNLIMITED ? null : bytes;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
