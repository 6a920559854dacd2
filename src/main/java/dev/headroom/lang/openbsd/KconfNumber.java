package dev.headroom.lang.openbsd;

/**
 * Numbers as config(8) reads them (scan.l): {@code 0[0-7]*} octal ({@code strtol(s, NULL, 8)}),
 * {@code 0[xX][0-9a-fA-F]+} hex, {@code [1-9][0-9]*} decimal, and a leading {@code -} from the
 * grammar ({@code signed_number: '-' NUMBER}); there is no {@code +}. So {@code 010000} is 4096
 * and {@code 08} is no number (config reads it as two).
 */
final class KconfNumber {

    private KconfNumber() {
    }

    /**
     * The value, or null when the text is not one number or does not fit in a long. config(8)
     * itself keeps numbers in an int, so a value beyond 32 bits is mangled there; callers that
     * care check the range.
     */
    static Long parse(String text) {
        if (text == null) {
            return null;
        }
        boolean negative = text.startsWith("-");
        int at = negative ? 1 : 0;
        int n = text.length();
        if (at >= n) {
            return null;
        }
        int radix;
        if (text.charAt(at) != '0') {
            radix = 10;
        } else if (at + 1 < n && (text.charAt(at + 1) == 'x' || text.charAt(at + 1) == 'X')) {
            radix = 16;
            at += 2;
            if (at >= n) {
                return null;
            }
        } else {
            radix = 8;
        }
        // Accumulate negatively, as Long.parseLong does, so that Long.MIN_VALUE fits.
        long value = 0;
        for (int i = at; i < n; i++) {
            int d = Character.digit(text.charAt(i), radix);
            if (d < 0 || text.charAt(i) > 'f') {
                return null;
            }
            if (value < (Long.MIN_VALUE + d) / radix) {
                return null;
            }
            value = value * radix - d;
        }
        if (negative) {
            return value;
        }
        return value == Long.MIN_VALUE ? null : -value;
    }
}
