package dev.headroom.model.openbsd;

/**
 * The last line of the pool statistics, {@code In use %ldK, total allocated %ldK; utilization
 * %.1f%%}: bytes in use are Σ (Requests − Releases) × Size, bytes allocated Σ Npage × page size,
 * both over every pool (shown or not), divided by 1024.
 *
 * @param inUseKib      KiB in use
 * @param allocatedKib  KiB allocated to pools
 * @param utilization   in use ÷ allocated, in percent; null when vmstat printed none ({@code nan}
 *                      or {@code inf}, when nothing is allocated)
 * @param line          1-based line in the output
 */
public record PoolTotals(long inUseKib, long allocatedKib, Double utilization, int line) {
}
