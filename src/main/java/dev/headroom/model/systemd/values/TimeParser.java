package dev.headroom.model.systemd.values;

import java.util.List;

/**
 * {@code parse_time()} of systemd's {@code src/basic/time-util.c} (v252), the function behind
 * {@code parse_sec()}, every {@code *Sec=} setting and {@code systemd-analyze timespan}.
 *
 * <p>What it accepts, and so what headroom must accept (systemd.time(7) "PARSING TIME SPANS";
 * shared/domain.md C.7): {@code infinity} alone; otherwise one or more components
 * {@code NUMBER[.FRACTION] [UNIT]}, added up, with optional white space between and inside
 * them. A component without a unit is in the default unit (seconds for {@code parse_sec()}).
 * Units are matched as prefixes in the order of {@link #UNITS}, case-sensitively, so
 * {@code 5mins} is 5 min followed by a bare {@code s} (invalid) and {@code 1M} is a month.
 * The whole part goes through {@code strtoll(…, 10)}, so {@code +5s} and {@code 010} (ten)
 * are fine; each fraction digit adds {@code unit/10^k}, truncating below one microsecond.
 * Overflow, and anything reaching {@code USEC_INFINITY}, is {@code ERANGE}; a leading minus
 * is {@code ERANGE}, not {@code EINVAL}.
 */
final class TimeParser {

    static final long USEC_INFINITY = -1L;
    static final long USEC_PER_MSEC = 1_000L;
    static final long USEC_PER_SEC = 1_000_000L;
    static final long USEC_PER_MINUTE = 60 * USEC_PER_SEC;
    static final long USEC_PER_HOUR = 60 * USEC_PER_MINUTE;
    static final long USEC_PER_DAY = 24 * USEC_PER_HOUR;
    static final long USEC_PER_WEEK = 7 * USEC_PER_DAY;
    /** 30.44 days. */
    static final long USEC_PER_MONTH = 2_629_800L * USEC_PER_SEC;
    /** 365.25 days. */
    static final long USEC_PER_YEAR = 31_557_600L * USEC_PER_SEC;

    private record Unit(String suffix, long usec) {
    }

    /** {@code extract_multiplier()}'s table, in its order: the first prefix that matches wins. */
    private static final List<Unit> UNITS = List.of(
            new Unit("seconds", USEC_PER_SEC),
            new Unit("second", USEC_PER_SEC),
            new Unit("sec", USEC_PER_SEC),
            new Unit("s", USEC_PER_SEC),
            new Unit("minutes", USEC_PER_MINUTE),
            new Unit("minute", USEC_PER_MINUTE),
            new Unit("min", USEC_PER_MINUTE),
            new Unit("months", USEC_PER_MONTH),
            new Unit("month", USEC_PER_MONTH),
            new Unit("M", USEC_PER_MONTH),
            new Unit("msec", USEC_PER_MSEC),
            new Unit("ms", USEC_PER_MSEC),
            new Unit("m", USEC_PER_MINUTE),
            new Unit("hours", USEC_PER_HOUR),
            new Unit("hour", USEC_PER_HOUR),
            new Unit("hr", USEC_PER_HOUR),
            new Unit("h", USEC_PER_HOUR),
            new Unit("days", USEC_PER_DAY),
            new Unit("day", USEC_PER_DAY),
            new Unit("d", USEC_PER_DAY),
            new Unit("weeks", USEC_PER_WEEK),
            new Unit("week", USEC_PER_WEEK),
            new Unit("w", USEC_PER_WEEK),
            new Unit("years", USEC_PER_YEAR),
            new Unit("year", USEC_PER_YEAR),
            new Unit("y", USEC_PER_YEAR),
            new Unit("usec", 1L),
            new Unit("us", 1L),
            new Unit("\u03bcs", 1L), // GREEK SMALL LETTER MU
            new Unit("\u00b5s", 1L)); // MICRO SIGN

    private TimeParser() {
    }

    /** {@code parse_time(t, &usec, defaultUnit)}: microseconds, unsigned; -1 is infinity. */
    static long parse(String input, long defaultUnit) throws ParseFailure {
        String t = Whitespace.cString(input);
        int n = t.length();
        int p = Whitespace.skip(t, 0);
        if (t.startsWith("infinity", p)) {
            if (Whitespace.skip(t, p + "infinity".length()) != n) {
                throw Errno.EINVAL.failure();
            }
            return USEC_INFINITY;
        }
        long r = 0;
        boolean something = false;
        for (;;) {
            long multiplier = defaultUnit;
            p = Whitespace.skip(t, p);
            if (p == n) {
                if (!something) {
                    throw Errno.EINVAL.failure();
                }
                break;
            }
            if (t.charAt(p) == '-') { // "Don't allow "-0""
                throw Errno.ERANGE.failure();
            }
            CStrto.Result number = CStrto.strtoll(t, p, 10);
            if (number.error() != null) {
                throw number.error().failure();
            }
            long l = number.value();
            if (l < 0) {
                throw Errno.ERANGE.failure();
            }
            int e = number.end();
            boolean fraction = e < n && t.charAt(e) == '.';
            if (fraction) {
                p = e + 1;
                while (p < n && Whitespace.isAsciiDigit(t.charAt(p))) {
                    p++;
                }
            } else if (e == p) {
                throw Errno.EINVAL.failure();
            } else {
                p = e;
            }
            int s = Whitespace.skip(t, p);
            for (Unit u : UNITS) {
                if (t.startsWith(u.suffix(), s)) {
                    multiplier = u.usec();
                    s += u.suffix().length();
                    break;
                }
            }
            // "Don't allow '12.34.56', but accept '12.34 .56' or '12.34s.56'"
            if (s == p && s != n) {
                throw Errno.EINVAL.failure();
            }
            p = s;
            if (Long.compareUnsigned(l, Long.divideUnsigned(USEC_INFINITY, multiplier)) >= 0) {
                throw Errno.ERANGE.failure();
            }
            long k = l * multiplier;
            if (Long.compareUnsigned(k, USEC_INFINITY - r) >= 0) {
                throw Errno.ERANGE.failure();
            }
            r += k;
            something = true;
            if (fraction) {
                long m = multiplier / 10;
                int b = e + 1;
                for (; b < n && Whitespace.isAsciiDigit(t.charAt(b)); b++, m /= 10) {
                    k = (t.charAt(b) - '0') * m;
                    if (Long.compareUnsigned(k, USEC_INFINITY - r) >= 0) {
                        throw Errno.ERANGE.failure();
                    }
                    r += k;
                }
                // "Don't allow "0.-0", "3.+1", "3. 1", "3.sec" or "3.hoge""
                if (b == e + 1) {
                    throw Errno.EINVAL.failure();
                }
            }
        }
        return r;
    }
}
