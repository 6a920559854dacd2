package dev.headroom.model.systemd.values;

import java.util.List;

/**
 * {@code format_timespan()} of {@code src/basic/time-util.c} (v252): how systemd prints a
 * time span, e.g. {@code 1min 30s}, {@code 1.500000s}, {@code 3.250ms}, {@code infinity}.
 *
 * <p>The unit dump of {@code systemd --test} prints timeouts with an accuracy of one second
 * ({@code FORMAT_TIMESPAN(t, USEC_PER_SEC)} in {@code service_dump()}), so {@code 1.5} shows
 * as {@code 1s} there; {@code systemd-analyze timespan}'s "Human:" line uses full accuracy.
 * Below a minute a remainder is shown as a decimal of the largest unit, with as many places as
 * the accuracy allows.
 */
final class TimeSpanFormat {

    private record Unit(String suffix, long usec) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit("y", TimeParser.USEC_PER_YEAR),
            new Unit("month", TimeParser.USEC_PER_MONTH),
            new Unit("w", TimeParser.USEC_PER_WEEK),
            new Unit("d", TimeParser.USEC_PER_DAY),
            new Unit("h", TimeParser.USEC_PER_HOUR),
            new Unit("min", TimeParser.USEC_PER_MINUTE),
            new Unit("s", TimeParser.USEC_PER_SEC),
            new Unit("ms", TimeParser.USEC_PER_MSEC),
            new Unit("us", 1L));

    private TimeSpanFormat() {
    }

    /** {@code format_timespan(buf, l, t, accuracy)} with a buffer that is large enough. */
    static String format(long t, long accuracy) {
        if (t == TimeParser.USEC_INFINITY) {
            return "infinity";
        }
        if (t == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        boolean something = false;
        for (Unit u : UNITS) {
            if (t == 0) {
                break;
            }
            if (Long.compareUnsigned(t, accuracy) < 0 && something) {
                break;
            }
            if (Long.compareUnsigned(t, u.usec()) < 0) {
                continue;
            }
            long a = Long.divideUnsigned(t, u.usec());
            long b = Long.remainderUnsigned(t, u.usec());
            boolean done = false;
            String sep = out.length() > 0 ? " " : "";
            if (Long.compareUnsigned(t, TimeParser.USEC_PER_MINUTE) < 0 && b > 0) {
                int j = 0;
                for (long cc = u.usec(); cc > 1; cc /= 10) {
                    j++;
                }
                for (long cc = accuracy; Long.compareUnsigned(cc, 1) > 0; cc = Long.divideUnsigned(cc, 10)) {
                    b /= 10;
                    j--;
                }
                if (j > 0) {
                    out.append(sep).append(Long.toUnsignedString(a)).append('.')
                            .append(zeroPadded(b, j)).append(u.suffix());
                    t = 0;
                    done = true;
                }
            }
            if (!done) {
                out.append(sep).append(Long.toUnsignedString(a)).append(u.suffix());
                t = b;
            }
            something = true;
        }
        return out.toString();
    }

    /** {@code %0*llu}: at least {@code width} digits. */
    private static String zeroPadded(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
