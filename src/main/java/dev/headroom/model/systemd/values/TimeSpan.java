package dev.headroom.model.systemd.values;

/**
 * A systemd time span in microseconds (systemd.time(7)), as every {@code *Sec=} setting holds
 * it: {@code TimeoutStartSec=5min 30s} is 330 000 000 µs.
 *
 * <p>{@code micros} is systemd's {@code usec_t}, an unsigned 64-bit count; {@link #INFINITY_MICROS}
 * ({@code -1L}, i.e. {@code USEC_INFINITY} = 2^64-1) means "no limit". Spans from 2^63 µs
 * (292 471 years) up are valid in systemd and appear negative here; {@link #seconds()} reads
 * them unsigned.
 *
 * <p>Parsing is {@code parse_sec()} ({@code src/basic/time-util.c}, see {@code TimeParser}),
 * and the warning for a rejected value is the one of the {@code config_parse_*()} function
 * systemd 252 uses for that key ({@code src/core/load-fragment-gperf.gperf.in},
 * {@code src/core/main.c}), checked with {@code systemd-analyze verify}:
 * <ul>
 * <li>{@code TimeoutStartSec=}, {@code TimeoutSec=} ({@code config_parse_service_timeout()})
 * and {@code JobTimeoutSec=}, {@code JobRunningTimeoutSec=}: {@code Failed to parse KEY=
 * parameter, ignoring: VALUE};
 * <li>{@code TimeoutStopSec=} and {@code TimeoutIdleSec=} ({@code config_parse_sec_fix_0()}):
 * {@code Failed to parse time value, ignoring: VALUE};
 * <li>{@code TimeoutAbortSec=}, {@code DefaultTimeoutAbortSec=}
 * ({@code config_parse_timeout_abort()}): {@code Failed to parse KEY= setting, ignoring: VALUE};
 * <li>everything else ({@code RestartSec=}, {@code RuntimeMaxSec=}, {@code WatchdogSec=}, and
 * {@code system.conf}'s {@code DefaultTimeoutStartSec=}/{@code DefaultTimeoutStopSec=}, which
 * use {@code config_parse_sec()}): {@code Failed to parse sec value, ignoring: VALUE}.
 * </ul>
 * The texts are those of the {@code [Service]} section; {@code TimeoutSec=} in
 * {@code [Socket]}, {@code [Mount]} and {@code [Swap]} is {@code config_parse_sec_fix_0()} and
 * says "Failed to parse time value". An empty value is invalid for all of these; the few keys
 * where systemd gives the empty value a meaning ({@code TimeoutAbortSec=} unsets,
 * {@code CPUQuotaPeriodSec=} means infinity) must be handled before calling.
 */
public record TimeSpan(long micros) {

    /** {@code USEC_INFINITY}. */
    public static final long INFINITY_MICROS = TimeParser.USEC_INFINITY;

    public static final TimeSpan INFINITY = new TimeSpan(INFINITY_MICROS);

    /** systemd's compiled-in {@code DefaultTimeoutStartSec=}/{@code DefaultTimeoutStopSec=}: 90 s. */
    public static final TimeSpan DEFAULT_TIMEOUT = new TimeSpan(90 * TimeParser.USEC_PER_SEC);

    /**
     * {@code parse_sec()}: a bare number is seconds; every unit of systemd.time(7),
     * case-sensitive; components add up; {@code infinity} only on its own.
     */
    public static TimeSpan parse(String key, String value) throws InvalidValueException {
        String v = Whitespace.rvalue(value);
        try {
            return new TimeSpan(TimeParser.parse(v, TimeParser.USEC_PER_SEC));
        } catch (ParseFailure e) {
            throw new InvalidValueException(key, v, message(key, v));
        }
    }

    /**
     * {@code parse_sec_fix_0()}: like {@link #parse} but 0 means infinity ("0 disables the
     * timeout", systemd.service(5)). systemd uses it for {@code TimeoutStartSec=},
     * {@code TimeoutStopSec=}, {@code TimeoutSec=}, {@code JobTimeoutSec=},
     * {@code JobRunningTimeoutSec=}, {@code TimeoutIdleSec=}; and {@code main.c} turns a 0
     * {@code DefaultTimeoutStartSec=}/{@code DefaultTimeoutStopSec=} into infinity after
     * parsing, so this is right for those too.
     */
    public static TimeSpan parseFix0(String key, String value) throws InvalidValueException {
        TimeSpan t = parse(key, value);
        return t.micros == 0 ? INFINITY : t;
    }

    /** The warning systemd prints when {@code KEY=value} does not parse (see the class comment). */
    static String message(String key, String value) {
        switch (key) {
            case "TimeoutStartSec":
            case "TimeoutSec":
            case "JobTimeoutSec":
            case "JobRunningTimeoutSec":
                return "Failed to parse " + key + "= parameter, ignoring: " + value;
            case "TimeoutStopSec":
            case "TimeoutIdleSec":
                return "Failed to parse time value, ignoring: " + value;
            case "TimeoutAbortSec":
            case "DefaultTimeoutAbortSec":
                return "Failed to parse " + key + "= setting, ignoring: " + value;
            default:
                return "Failed to parse sec value, ignoring: " + value;
        }
    }

    public static TimeSpan ofSeconds(long seconds) {
        return new TimeSpan(Math.multiplyExact(seconds, TimeParser.USEC_PER_SEC));
    }

    public boolean infinite() {
        return micros == INFINITY_MICROS;
    }

    /** Seconds, or null for infinity (the JSON form of issue 4's {@code show -f json}). */
    public Double seconds() {
        if (infinite()) {
            return null;
        }
        double unsigned = micros >= 0 ? micros : (micros >>> 1) * 2.0 + (micros & 1);
        return unsigned / TimeParser.USEC_PER_SEC;
    }

    /** {@code format_timespan()} with this accuracy in µs ({@code systemd --test} uses 1 s). */
    public String format(long accuracyMicros) {
        return TimeSpanFormat.format(micros, accuracyMicros);
    }

    /** systemd's own human form at full accuracy, e.g. {@code 1min 30s}; it parses back. */
    @Override
    public String toString() {
        return format(1);
    }
}
