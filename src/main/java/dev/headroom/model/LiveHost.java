package dev.headroom.model;

import dev.headroom.model.proc.CgroupMemoryLimit;
import dev.headroom.model.proc.ProcessSample;

/**
 * What a probe of the live host read, beyond the figures {@link HostFacts} carries: the RAM
 * before the cgroup limit, the limit and its file, and every service's processes with what
 * could not be read, for the report.
 *
 * @param memTotal  MemTotal from {@code /proc/meminfo} in bytes, null when unreadable
 * @param ramLimit  the cgroup memory limit on headroom's own cgroup, null when none
 * @param processes what ran, per service
 */
public record LiveHost(Long memTotal, CgroupMemoryLimit ramLimit, ProcessSample processes) {

    /** Where {@link HostFacts#ram()} came from: the cgroup file when it lowered MemTotal. */
    public String ramSource() {
        if (ramLimit != null && (memTotal == null || ramLimit.bytes() < memTotal)) {
            return ramLimit.file().toString();
        }
        return memTotal == null ? null : "/proc/meminfo";
    }
}
