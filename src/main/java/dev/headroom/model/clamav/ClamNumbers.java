package dev.headroom.model.clamav;

/**
 * The C library conversions optparse() applies to arguments, as glibc does them on a 64-bit
 * build: {@code atoi()} for NUMBER options and {@code strtoll(arg, &end, 0)} for SIZE and SIZE64.
 */
public final class ClamNumbers {

    /** What strtoll() returns: the value, whether it overflowed (ERANGE), where it stopped. */
    public record Parsed(long value, boolean outOfRange, int end) {
    }

    private ClamNumbers() {
    }

    /**
     * glibc's {@code atoi(s)}: {@code (int) strtol(s, NULL, 10)}. So {@code 99999999999} gives
     * 1215752191 and {@code 2147483648} gives -2147483648; past LONG_MAX strtol stops at
     * LONG_MAX, which is -1 as an int.
     */
    public static int atoi(String s) {
        return (int) strtoll(s, 10).value();
    }

    /**
     * glibc's {@code strtoll(s, &end, base)} for base 0 (the prefix decides: {@code 0x} hex,
     * {@code 0} octal, else decimal) or 10: leading white space and a sign are skipped; on
     * overflow every digit is still consumed and the result is LLONG_MAX (LLONG_MIN if negative);
     * with no digits, nothing is consumed ({@code end} is 0).
     */
    public static Parsed strtoll(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = base;
        if (base == 0 || base == 16) {
            if (i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                    && digit(s.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
            } else if (base == 0) {
                radix = i < n && s.charAt(i) == '0' ? 8 : 10;
            }
        }
        int first = i;
        long magnitude = 0;
        boolean overflow = false;
        // LLONG_MAX for a positive result, |LLONG_MIN| (held as Long.MIN_VALUE, compared unsigned) for a negative one.
        long limit = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        while (i < n) {
            int d = digit(s.charAt(i), radix);
            if (d < 0) {
                break;
            }
            if (!overflow) {
                long next = magnitude * radix + d;
                boolean fits = Long.compareUnsigned(magnitude, Long.divideUnsigned(limit - d, radix)) <= 0;
                if (!fits) {
                    overflow = true;
                } else {
                    magnitude = next;
                }
            }
            i++;
        }
        if (i == first) {
            return new Parsed(0, false, 0);
        }
        if (overflow) {
            return new Parsed(negative ? Long.MIN_VALUE : Long.MAX_VALUE, true, i);
        }
        return new Parsed(negative ? -magnitude : magnitude, false, i);
    }

    /** isspace() in the C locale. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static int digit(char c, int radix) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            return -1;
        }
        return d < radix ? d : -1;
    }
}
