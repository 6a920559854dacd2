package dev.headroom.model.systemd.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;

/**
 * A cgroup memory setting ({@code MemoryMax=}, {@code MemoryHigh=}, {@code MemoryLow=},
 * {@code MemoryMin=}, {@code MemorySwapMax=}, the deprecated {@code MemoryLimit=}, and
 * {@code DefaultMemoryLow=}/{@code DefaultMemoryMin=}) as systemd.resource-control(5) defines
 * it: exactly one of a byte count, a share of the machine's physical memory, or infinity.
 *
 * <ul>
 * <li>bytes: {@code permyriad == 0 && !infinite}; {@code bytes} is unsigned (systemd's
 * {@code uint64_t}: {@code 15E} is valid and reads negative here);
 * <li>a percentage: {@code permyriad > 0} (hundredths of a percent: 80 % = 8000, 5.5 % = 550),
 * {@code bytes == 0}. systemd turns it into bytes when it loads the unit, against the RAM of
 * the machine it runs on, so an offline tool keeps the share and {@link #resolve(long)}s it
 * against the target host's RAM;
 * <li>infinity: {@code infinite}, both numbers 0.
 * </ul>
 *
 * <p>Parsing is {@code config_parse_memory_limit()} of {@code src/core/load-fragment.c}
 * (v252): {@code infinity} or an empty value is unlimited, except that an empty
 * {@code MemoryLow=}/{@code MemoryMin=} (and the Default… forms) means 0; then
 * {@code parse_permyriad()} ({@code Permyriad}), and failing that {@code parse_size(…, 1024)}
 * ({@code SizeParser}). 0 (and {@code 0%}) is out of range except for {@code MemorySwapMax=},
 * {@code MemoryLow=}, {@code MemoryMin=} and the Default… forms; {@code 18446744073709551615}
 * (= {@code UINT64_MAX}) is out of range for all.
 */
public record MemoryLimit(long bytes, int permyriad, boolean infinite) {

    /** No limit: {@code CGROUP_LIMIT_MAX}, printed as 18446744073709551615 by systemd. */
    public static final MemoryLimit INFINITY = new MemoryLimit(0, 0, true);

    /** systemd's memory page size, to which a percentage is rounded down (x86-64, arm64 with 4K pages). */
    public static final long PAGE_SIZE = 4096;

    private static final Set<String> KEYS = Set.of("MemoryMax", "MemoryHigh", "MemoryLow", "MemoryMin",
            "MemorySwapMax", "MemoryLimit", "DefaultMemoryLow", "DefaultMemoryMin");

    /** Empty means {@code CGROUP_LIMIT_MIN} (0), not infinity, for these. */
    private static final Set<String> EMPTY_IS_ZERO = Set.of("MemoryLow", "MemoryMin", "DefaultMemoryLow",
            "DefaultMemoryMin");

    /** 0 is a valid value for these (the others say "out of range"). */
    private static final Set<String> ZERO_ALLOWED = Set.of("MemorySwapMax", "MemoryLow", "MemoryMin",
            "DefaultMemoryLow", "DefaultMemoryMin");

    public MemoryLimit {
        if (permyriad < 0 || permyriad > Permyriad.WHOLE) {
            throw new IllegalArgumentException("permyriad out of 0..10000: " + permyriad);
        }
        if (infinite && (bytes != 0 || permyriad != 0) || permyriad > 0 && bytes != 0) {
            throw new IllegalArgumentException("a memory limit is bytes, a percentage or infinity, not several");
        }
    }

    public static MemoryLimit ofBytes(long bytes) {
        return new MemoryLimit(bytes, 0, false);
    }

    public static MemoryLimit ofPermyriad(int permyriad) {
        return permyriad == 0 ? ofBytes(0) : new MemoryLimit(0, permyriad, false);
    }

    /**
     * Reads {@code KEY=value} for one of the memory keys listed in the class comment.
     *
     * @throws IllegalArgumentException for a key that is not read by
     *                                  {@code config_parse_memory_limit()}
     */
    public static MemoryLimit parse(String key, String value) throws InvalidValueException {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException(key + "= is not a memory limit");
        }
        String v = Whitespace.rvalue(value);
        if (v.isEmpty()) {
            return EMPTY_IS_ZERO.contains(key) ? ofBytes(0) : INFINITY;
        }
        if (v.equals("infinity")) {
            return INFINITY;
        }
        MemoryLimit limit;
        try {
            limit = ofPermyriad(Permyriad.parse(v));
        } catch (ParseFailure notAShare) {
            try {
                limit = ofBytes(SizeParser.parse(v));
            } catch (ParseFailure e) {
                throw new InvalidValueException(key, v,
                        "Invalid memory limit '" + v + "', ignoring: " + e.errno().text());
            }
        }
        // "bytes >= UINT64_MAX || (bytes <= 0 && !zero allowed)". A share is checked after
        // scaling by systemd; only 0 % is 0 on any machine with more than 40 MB of RAM.
        boolean zero = limit.permyriad == 0 && limit.bytes == 0;
        if (limit.bytes == -1L || zero && !ZERO_ALLOWED.contains(key)) {
            throw new InvalidValueException(key, v, "Memory limit '" + v + "' out of range, ignoring.");
        }
        return limit;
    }

    /**
     * The warning systemd prints for every accepted {@code MemoryLimit=} line (v252; the
     * setting still works, as MemoryMax= does on cgroup v2).
     */
    public static Optional<String> deprecationWarning(String key) {
        return key.equals("MemoryLimit")
                ? Optional.of("Unit uses MemoryLimit=; please use MemoryMax= instead. "
                        + "Support for MemoryLimit= will be removed soon.")
                : Optional.empty();
    }

    public boolean isPercentage() {
        return permyriad > 0;
    }

    /**
     * The limit in bytes on a machine with this much physical memory, as systemd computes it
     * ({@code physical_memory_scale()} in {@code src/basic/limits-util.c}): the memory in
     * whole pages times the share, rounded down to a page; 100 % is the memory itself.
     * {@code Long.MAX_VALUE} for infinity, and for byte counts of 2^63 and more.
     *
     * @param physicalMemoryBytes what systemd's {@code physical_memory()} returns: MemTotal
     *                            (/proc/meminfo, kB × 1024), or the root cgroup's
     *                            {@code memory.max} when that is lower
     */
    public long resolve(long physicalMemoryBytes) {
        if (infinite) {
            return Long.MAX_VALUE;
        }
        if (permyriad == 0) {
            return bytes < 0 ? Long.MAX_VALUE : bytes;
        }
        if (permyriad == Permyriad.WHOLE) {
            return physicalMemoryBytes;
        }
        BigInteger pages = BigInteger.valueOf(physicalMemoryBytes / PAGE_SIZE);
        return pages.multiply(BigInteger.valueOf(permyriad)).divide(BigInteger.valueOf(Permyriad.WHOLE))
                .longValueExact() * PAGE_SIZE;
    }

    /** As systemd writes it in a unit: {@code infinity}, {@code 80%}, {@code 5.5%} or bytes. */
    @Override
    public String toString() {
        if (infinite) {
            return "infinity";
        }
        if (permyriad > 0) {
            String s = new BigDecimal(BigInteger.valueOf(permyriad), 2).stripTrailingZeros()
                    .toPlainString();
            return s + "%";
        }
        return Long.toUnsignedString(bytes);
    }
}
