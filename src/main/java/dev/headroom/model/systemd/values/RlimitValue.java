package dev.headroom.model.systemd.values;

import java.util.Map;

/**
 * How one side of a {@code Limit*=} value is read, per resource: the
 * {@code rlimit_parse_table[]} of {@code src/basic/rlimit-util.c} (v252). Counts
 * ({@code LimitNOFILE=}, {@code LimitNPROC=} …) are plain integers via {@code safe_atou64()},
 * so size suffixes are rejected there ({@code LimitNOFILE=1K} is invalid) while base prefixes
 * are not ({@code 0x400} = 1024); byte limits take {@code parse_size(…, 1024)}; CPU time is
 * seconds rounded up, {@code LimitRTTIME=} microseconds; {@code LimitNICE=} takes a raw
 * value 0..40 or a nice level {@code +N}/{@code -N}. All but the nice one take
 * {@code infinity}.
 */
enum RlimitValue {
    COUNT, BYTES, SECONDS, MICROSECONDS, NICE;

    static final long RLIM_INFINITY = -1L;

    private static final Map<String, RlimitValue> BY_RESOURCE = Map.ofEntries(
            Map.entry("CPU", SECONDS), Map.entry("FSIZE", BYTES), Map.entry("DATA", BYTES),
            Map.entry("STACK", BYTES), Map.entry("CORE", BYTES), Map.entry("RSS", BYTES),
            Map.entry("NOFILE", COUNT), Map.entry("AS", BYTES), Map.entry("NPROC", COUNT),
            Map.entry("MEMLOCK", BYTES), Map.entry("LOCKS", COUNT), Map.entry("SIGPENDING", COUNT),
            Map.entry("MSGQUEUE", BYTES), Map.entry("NICE", NICE), Map.entry("RTPRIO", COUNT),
            Map.entry("RTTIME", MICROSECONDS));

    /** For {@code LimitX=} or {@code DefaultLimitX=}; null for another key. */
    static RlimitValue forKey(String key) {
        String k = key.startsWith("Default") ? key.substring("Default".length()) : key;
        return k.startsWith("Limit") ? BY_RESOURCE.get(k.substring("Limit".length())) : null;
    }

    /** {@code rlimit_parse_one()}: one side of {@code soft:hard}. */
    long parse(String val) throws ParseFailure {
        if (this != NICE && val.equals("infinity")) {
            return RLIM_INFINITY;
        }
        switch (this) {
            case COUNT:
                return belowInfinity(SafeAto.atou64(val));
            case BYTES:
                return belowInfinity(SizeParser.parse(val));
            case SECONDS: {
                long t = TimeParser.parse(val, TimeParser.USEC_PER_SEC);
                if (t == TimeParser.USEC_INFINITY) {
                    return RLIM_INFINITY;
                }
                long s = Long.divideUnsigned(t, TimeParser.USEC_PER_SEC)
                        + (Long.remainderUnsigned(t, TimeParser.USEC_PER_SEC) != 0 ? 1 : 0);
                return belowInfinity(s);
            }
            case MICROSECONDS:
                return TimeParser.parse(val, 1);
            default:
                return nice(val);
        }
    }

    private static long belowInfinity(long v) throws ParseFailure {
        if (v == RLIM_INFINITY) {
            throw Errno.ERANGE.failure();
        }
        return v;
    }

    /** {@code rlimit_parse_nice()}: PRIO_MIN -20, PRIO_MAX 20; the kernel's value is 20 - nice. */
    private static long nice(String val) throws ParseFailure {
        if (val.startsWith("+")) {
            long rl = SafeAto.atou64(val.substring(1));
            if (Long.compareUnsigned(rl, 20) >= 0) {
                throw Errno.ERANGE.failure();
            }
            return 20 - rl;
        }
        if (val.startsWith("-")) {
            long rl = SafeAto.atou64(val.substring(1));
            if (Long.compareUnsigned(rl, 20) > 0) {
                throw Errno.ERANGE.failure();
            }
            return 20 + rl;
        }
        long rl = SafeAto.atou64(val);
        if (Long.compareUnsigned(rl, 40) > 0) {
            throw Errno.ERANGE.failure();
        }
        return rl;
    }
}
