package dev.headroom.model.systemd.values;

import java.math.BigInteger;

/**
 * glibc's {@code strtoll()} and {@code strtoull()} ({@code long} is 64 bits on the platforms
 * systemd targets, so {@code strtol()} is {@code strtoll()}), which every systemd number
 * parser is built on. The details matter because they are visible in unit files: leading
 * {@code isspace()} and a sign are accepted, base 0 reads {@code 0x1F} as hexadecimal and
 * {@code 010} as octal, {@code strtoull("-1")} is 2^64-1 without an error, overflow saturates
 * with {@code ERANGE}, and "no digits" leaves the end pointer at the very start.
 */
final class CStrto {

    private static final BigInteger ULLONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger LLONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LLONG_MIN_MAGNITUDE = BigInteger.ONE.shiftLeft(63);

    private CStrto() {
    }

    /**
     * One call's outcome.
     *
     * @param value the 64 result bits (unsigned for {@code strtoull})
     * @param end   index of {@code *endptr}; equal to the start index when nothing was read
     * @param error {@code ERANGE} on overflow, else null (glibc sets no other errno here)
     */
    record Result(long value, int end, Errno error) {

        boolean consumedNothing(int start) {
            return end == start;
        }
    }

    static Result strtoll(String s, int start, int base) {
        return parse(s, start, base, true);
    }

    static Result strtoull(String s, int start, int base) {
        return parse(s, start, base, false);
    }

    private static Result parse(String s, int start, int base, boolean signed) {
        int n = s.length();
        int i = start;
        while (i < n && Whitespace.isC(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            if (i + 2 < n && digit(s.charAt(i + 2), 16) >= 0) {
                base = 16;
                i += 2;
            } else {
                // "0x" with no hex digit after it: glibc reads the "0" and stops at the "x".
                return new Result(0, i + 1, null);
            }
        } else if (base == 0) {
            base = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        int digits = i;
        while (digits < n && digit(s.charAt(digits), base) >= 0) {
            digits++;
        }
        if (digits == i) {
            return new Result(0, start, null);
        }
        BigInteger magnitude = new BigInteger(s.substring(i, digits), base);
        if (signed) {
            if (!negative && magnitude.compareTo(LLONG_MAX) > 0) {
                return new Result(Long.MAX_VALUE, digits, Errno.ERANGE);
            }
            if (negative && magnitude.compareTo(LLONG_MIN_MAGNITUDE) > 0) {
                return new Result(Long.MIN_VALUE, digits, Errno.ERANGE);
            }
        } else if (magnitude.compareTo(ULLONG_MAX) > 0) {
            return new Result(-1L, digits, Errno.ERANGE);
        }
        // Two's complement negation modulo 2^64 is what both functions return for "-N".
        long bits = magnitude.longValue();
        return new Result(negative ? -bits : bits, digits, null);
    }

    /** The value of an ASCII digit in this base, or -1. */
    private static int digit(char c, int base) {
        int v;
        if (c >= '0' && c <= '9') {
            v = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            v = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            v = c - 'A' + 10;
        } else {
            return -1;
        }
        return v < base ? v : -1;
    }
}
