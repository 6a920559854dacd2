package dev.headroom.model.clamav;

/**
 * The argument types of ClamAV's option table ({@code CLOPT_TYPE_*}, {@code common/optparser.h}).
 */
public enum ClamType {
    /** {@code yes}/{@code true}/{@code 1} (any case) is on, {@code no}/{@code false}/{@code 0} off. */
    BOOL,
    /** Decimal digits, converted with atoi(): an int, wrapping past 2^31 − 1. */
    NUMBER,
    /**
     * Digits and an optional K, M or G (any case), read with strtoll(…, 0), so a leading 0 means
     * octal; 0 stands for LLONG_MAX. For ClamAV an unsigned long, capped at LLONG_MAX on 64-bit
     * builds, like SIZE64.
     */
    SIZE,
    /** As SIZE, for the options ClamAV holds as 64 bits on every platform. */
    SIZE64,
    /** Anything, quotes removed. */
    STRING
}
