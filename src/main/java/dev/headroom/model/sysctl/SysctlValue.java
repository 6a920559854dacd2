package dev.headroom.model.sysctl;

import java.util.OptionalLong;

import dev.headroom.source.Origin;

/**
 * The effective value of one sysctl as the sysctl files leave it, with where it comes from.
 *
 * <p>{@link State#NOT_SET} means only that no file sets it: what the kernel then holds is not
 * known offline. It may be the kernel's built-in default, or something else wrote it first; in
 * particular systemd's PID 1 (since 240, when built with {@code bump-proc-sys-fs-file-max},
 * as Debian 12's is) writes {@code fs.file-max = 9223372036854775807} at boot, before
 * systemd-sysctl runs (src/core/main.c {@code bump_file_max_and_nr_open}); Debian 12 does not
 * bump {@code fs.nr_open}.
 *
 * @param name          the dotted name looked up
 * @param state         set by a file, kept from being set by an exclusion, or not set
 * @param value         the value written (the text after {@code =}, stripped), or null
 * @param origin        the line that decides it, or the exclusion; null when not set
 * @param pattern       the glob that set it (dotted), when no line names the key itself
 * @param ignoreFailure whether a failure to write it is ignored ({@code -} prefix)
 */
public record SysctlValue(String name, State state, String value, Origin origin, String pattern,
        boolean ignoreFailure) {

    public enum State {
        /** A line (or a glob) writes this value. */
        SET,
        /** A {@code -key} line keeps every glob away from it, and no line sets it. */
        EXCLUDED,
        /** No file says anything about it. */
        NOT_SET
    }

    public static SysctlValue notSet(String name) {
        return new SysctlValue(name, State.NOT_SET, null, null, null, false);
    }

    public boolean isSet() {
        return state == State.SET;
    }

    /**
     * The value as the kernel reads an integer sysctl ({@code proc_get_long}, kernel/sysctl.c):
     * after leading blanks, an optional {@code -}, then digits in base 0 (so {@code 0x10} is 16
     * and {@code 010} is 8), ending at a blank or the end; only the first of several numbers
     * ({@code kernel.printk = 4 4 1 7}). Empty when not set, not a number the kernel takes, or above {@link Long#MAX_VALUE}.
     */
    public OptionalLong asLong() {
        if (value == null) {
            return OptionalLong.empty();
        }
        String s = value.stripLeading();
        boolean negative = s.startsWith("-") && s.length() > 1;
        if (negative) {
            s = s.substring(1);
        }
        int end = 0;
        while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '\t' && s.charAt(end) != '\n') {
            end++;
        }
        String digits = s.substring(0, end);
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
            return OptionalLong.empty();
        }
        int radix = 10;
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            if ((digits.charAt(1) == 'x' || digits.charAt(1) == 'X') && digits.length() > 2) {
                radix = 16;
                digits = digits.substring(2);
            } else {
                radix = 8;
            }
        }
        try {
            long v = Long.parseUnsignedLong(digits, radix);
            if (v < 0) {
                // Above Long.MAX_VALUE: an unsigned long sysctl's range, not representable here.
                return OptionalLong.empty();
            }
            return OptionalLong.of(negative ? -v : v);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
