package dev.headroom.model.systemd.values;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code parse_size(t, 1024, &size)} of systemd's {@code src/basic/parse-util.c} (v252), the
 * byte-size reader behind {@code MemoryMax=} and the byte-valued {@code Limit*=} settings.
 *
 * <p>The rules it implies (shared/domain.md C.10): suffixes {@code E P T G M K B}, upper case
 * only, base 1024; a bare number is bytes; white space may separate number and suffix
 * ({@code 512 M}); a decimal fraction is allowed ({@code 1.5G}, even {@code 10.M}); several
 * components add up but only in decreasing unit order ({@code 1G 512M} is valid,
 * {@code 1M 1G} and {@code 5 5} are not). The fraction is computed in {@code double} exactly as
 * the C code does, and the overflow check has the same unsigned wrap-around as the C code:
 * {@code 18446744073709551615.5K} is accepted as 2^64-512 bytes by systemd 252, and so here.
 */
final class SizeParser {

    private record Suffix(String text, long factor) {
    }

    /** The {@code iec[]} table, in order; "" (bytes) matches anything and so ends the search. */
    private static final List<Suffix> IEC = List.of(
            new Suffix("E", 1L << 60),
            new Suffix("P", 1L << 50),
            new Suffix("T", 1L << 40),
            new Suffix("G", 1L << 30),
            new Suffix("M", 1L << 20),
            new Suffix("K", 1L << 10),
            new Suffix("B", 1L),
            new Suffix("", 1L));

    private SizeParser() {
    }

    /** Bytes, unsigned. */
    static long parse(String input) throws ParseFailure {
        String t = Whitespace.cString(input);
        int n = t.length();
        long r = 0;
        int p = 0;
        int startPos = 0;
        do {
            p = Whitespace.skip(t, p);
            CStrto.Result whole = CStrto.strtoull(t, p, 10);
            if (whole.error() != null) {
                throw whole.error().failure();
            }
            int e = whole.end();
            if (e == p) {
                throw Errno.EINVAL.failure();
            }
            if (t.charAt(p) == '-') {
                throw Errno.ERANGE.failure();
            }
            long l = whole.value();
            double frac = 0;
            if (e < n && t.charAt(e) == '.') {
                e++;
                // "strtoull() itself would accept space/+/-"
                if (e < n && Whitespace.isAsciiDigit(t.charAt(e))) {
                    CStrto.Result decimals = CStrto.strtoull(t, e, 10);
                    if (decimals.error() != null) {
                        throw decimals.error().failure();
                    }
                    frac = unsignedToDouble(decimals.value());
                    for (; e < decimals.end(); e++) {
                        frac /= 10;
                    }
                }
            }
            e = Whitespace.skip(t, e);
            int i = startPos;
            while (i < IEC.size() && !t.startsWith(IEC.get(i).text(), e)) {
                i++;
            }
            if (i >= IEC.size()) {
                throw Errno.EINVAL.failure();
            }
            long factor = IEC.get(i).factor();
            // C: "l + (frac > 0) > ULLONG_MAX / factor", where l + 1 may wrap to 0.
            if (Long.compareUnsigned(l + (frac > 0 ? 1 : 0), Long.divideUnsigned(-1L, factor)) > 0) {
                throw Errno.ERANGE.failure();
            }
            long tmp = l * factor + (long) (frac * factor);
            if (Long.compareUnsigned(tmp, -1L - r) > 0) {
                throw Errno.ERANGE.failure();
            }
            r += tmp;
            p = e + IEC.get(i).text().length();
            startPos = i + 1;
        } while (p < n);
        return r;
    }

    /** C's conversion of an {@code unsigned long long} to {@code double} (round to nearest). */
    private static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        return new BigDecimal(Long.toUnsignedString(v)).doubleValue();
    }
}
