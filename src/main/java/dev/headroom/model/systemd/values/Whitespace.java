package dev.headroom.model.systemd.values;

/**
 * The two notions of white space at play: systemd's {@code WHITESPACE} (space, tab, newline,
 * carriage return; {@code string-util.h}), used by {@code strstrip()} and {@code strspn()},
 * and C's {@code isspace()} in the "C" locale, which {@code strtol()} skips and which also
 * counts vertical tab and form feed. The difference decides edge cases like a value starting
 * with a vertical tab, so both are kept exact.
 */
final class Whitespace {

    private Whitespace() {
    }

    /** In systemd's {@code WHITESPACE}. */
    static boolean isSystemd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** C {@code isspace()} in the "C" locale. */
    static boolean isC(char c) {
        return isSystemd(c) || c == '\u000B' || c == '\f';
    }

    /** {@code strspn(s + from, WHITESPACE)} added to {@code from}. */
    static int skip(String s, int from) {
        int i = from;
        while (i < s.length() && isSystemd(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code strstrip()}: systemd strips every key and value of a unit file this way. */
    static String strip(String s) {
        int start = skip(s, 0);
        int end = s.length();
        while (end > start && isSystemd(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * The string as C sees it: it ends at the first NUL. Java strings may hold NUL, C strings
     * cannot, so everything past one is invisible to systemd.
     */
    static String cString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /**
     * A right-hand side as {@code config_parse()} hands it to a parser: a C string, stripped.
     * The public parsers apply it themselves, so a caller may pass the raw text after {@code =}.
     */
    static String rvalue(String s) {
        return strip(cString(s));
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
