package dev.headroom.model.systemd.values;

import java.util.List;

/**
 * systemd's boolean: {@code parse_boolean()} of {@code src/basic/parse-util.c} (v252) takes
 * {@code 1 yes y true t on} and {@code 0 no n false f off}, ignoring ASCII case only
 * ({@code strcasecmp}, so {@code YES} is true but no Unicode case folding applies). Nothing
 * else, the empty value included, is a boolean.
 *
 * <p>The warning depends on the function systemd uses for the key: almost every boolean
 * setting goes through {@code config_parse_bool()} ({@code Failed to parse boolean value,
 * ignoring: X}); {@code OnFailureIsolate=} through {@code config_parse_job_mode_isolate()}
 * ({@code Failed to parse boolean, ignoring: X}). Settings that take a boolean <em>or</em>
 * something else ({@code Delegate=}, {@code ProtectSystem=}, {@code ProtectHome=}) and
 * {@code MountAPIVFS=}, whose empty value means "unset", have parsers of their own.
 */
public final class SystemdBoolean {

    private static final List<String> TRUE = List.of("1", "yes", "y", "true", "t", "on");
    private static final List<String> FALSE = List.of("0", "no", "n", "false", "f", "off");

    private SystemdBoolean() {
    }

    public static boolean parse(String key, String value) throws InvalidValueException {
        String v = Whitespace.rvalue(value);
        Boolean b = parseBoolean(v);
        if (b == null) {
            String what = key.equals("OnFailureIsolate") ? "boolean" : "boolean value";
            throw new InvalidValueException(key, v, "Failed to parse " + what + ", ignoring: " + v);
        }
        return b;
    }

    /** {@code parse_boolean()}: null where it returns {@code -EINVAL}. */
    static Boolean parseBoolean(String v) {
        for (String t : TRUE) {
            if (asciiEqualsIgnoreCase(t, v)) {
                return Boolean.TRUE;
            }
        }
        for (String f : FALSE) {
            if (asciiEqualsIgnoreCase(f, v)) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /**
     * {@code strcasecmp() == 0} in the C locale. Java's equalsIgnoreCase would also match
     * {@code "yeſ"} (long s) to {@code "yes"}, which systemd does not.
     */
    private static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
