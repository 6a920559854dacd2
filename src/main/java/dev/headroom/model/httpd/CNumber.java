package dev.headroom.model.httpd;

import java.math.BigInteger;

/**
 * How httpd turns MPM arguments into numbers: glibc {@code atoi}, i.e. {@code (int) strtol(s,
 * NULL, 10)} with no validation. {@code abc} is 0, {@code 10abc} is 10, and
 * {@code 999999999999} wraps to -727379969 through the cast to int.
 */
public final class CNumber {

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private CNumber() {
    }

    public static long strtol(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digits = i;
        while (digits < n && Character.isDigit(s.charAt(digits)) && s.charAt(digits) < 128) {
            digits++;
        }
        if (digits == i) {
            return 0;
        }
        BigInteger v = new BigInteger(s.substring(i, digits));
        if (negative) {
            v = v.negate();
        }
        // strtol saturates at LONG_MIN/LONG_MAX (ERANGE).
        if (v.compareTo(LONG_MAX) > 0) {
            return Long.MAX_VALUE;
        }
        if (v.compareTo(LONG_MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return v.longValue();
    }

    public static int atoi(String s) {
        return (int) strtol(s);
    }

    /** True when strtol would overflow (ERANGE). */
    public static boolean outOfLongRange(String s) {
        long v = strtol(s);
        return v == Long.MAX_VALUE || v == Long.MIN_VALUE;
    }

    /** True when the whole argument is a plain decimal integer that fits an int. */
    public static boolean isCleanInt(String s) {
        if (!s.matches("[+-]?[0-9]{1,10}")) {
            return false;
        }
        long v = Long.parseLong(s);
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
