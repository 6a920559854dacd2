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

    private static final java.util.regex.Pattern STRTOD = java.util.regex.Pattern.compile(
            "[ \\t\\n\\u000B\\f\\r]*([+-]?)(?:"
                    + "((?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
                    + "|0[xX]((?:[0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+))(?:[pP]([+-]?[0-9]+))?"
                    + "|((?i:inf(?:inity)?))|((?i:nan(?:\\([0-9A-Za-z_]*\\))?)))");

    /**
     * C's {@code strtod} when the whole string must be consumed (httpd checks {@code *endptr}):
     * decimal and hexadecimal forms, inf and nan; {@code 1.5f} is not a number, {@code 0x10}
     * is 16. Empty when the string is not entirely a number.
     */
    public static java.util.OptionalDouble strtodWhole(String s) {
        java.util.regex.Matcher m = STRTOD.matcher(s);
        if (!m.matches()) {
            return java.util.OptionalDouble.empty();
        }
        double sign = m.group(1).equals("-") ? -1 : 1;
        if (m.group(2) != null) {
            return java.util.OptionalDouble.of(sign * Double.parseDouble(m.group(2)));
        }
        if (m.group(3) != null) {
            String mant = m.group(3);
            int dot = mant.indexOf('.');
            String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
            int fraction = dot < 0 ? 0 : mant.length() - dot - 1;
            double v = digits.isEmpty() ? 0 : new BigInteger(digits, 16).doubleValue();
            int exp = (m.group(4) == null ? 0 : Integer.parseInt(m.group(4))) - 4 * fraction;
            return java.util.OptionalDouble.of(sign * v * Math.pow(2, exp));
        }
        if (m.group(5) != null) {
            return java.util.OptionalDouble.of(sign * Double.POSITIVE_INFINITY);
        }
        return java.util.OptionalDouble.of(Double.NaN);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
