package dev.headroom.model.phpfpm;

/**
 * Numbers as php-fpm's setters read them (php-src {@code sapi/fpm/fpm/fpm_conf.c}):
 * {@code fpm_conf_set_integer} accepts an optional leading {@code -} and digits, nothing else,
 * then calls {@code atoi} (so an empty value is 0); {@code fpm_conf_set_time} takes a last
 * character s, m, h or d as the unit, or a digit for seconds.
 */
final class FpmNumbers {

    private FpmNumbers() {
    }

    static boolean isInteger(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(i == 0 && c == '-') && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** glibc's {@code atoi}: {@code (int) strtol(s, NULL, 10)}, saturating at the long range before the cast. */
    static int atoi(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        boolean saturated = false;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                saturated = true;
                break;
            }
            v = v * 10 + d;
        }
        long l = saturated ? (negative ? Long.MIN_VALUE : Long.MAX_VALUE) : negative ? -v : v;
        return (int) l;
    }

    /** php-fpm's complaint about a time value, or null. */
    static String timeError(String v) {
        if (v.isEmpty()) {
            return "invalid time value";
        }
        char suffix = v.charAt(v.length() - 1);
        if ("smhd".indexOf(suffix) < 0 && (suffix < '0' || suffix > '9')) {
            return "unknown suffix used in time value";
        }
        return null;
    }

    /** Seconds of a time value {@link #timeError} accepts. */
    static int seconds(String v) {
        char suffix = v.charAt(v.length() - 1);
        String digits = "smhd".indexOf(suffix) >= 0 ? v.substring(0, v.length() - 1) : v;
        int n = atoi(digits);
        switch (suffix) {
            case 'm':
                return 60 * n;
            case 'h':
                return 60 * 60 * n;
            case 'd':
                return 24 * 60 * 60 * n;
            default:
                return n;
        }
    }
}
