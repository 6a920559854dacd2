package dev.headroom.source;

/**
 * Shell wildcard matching of one path component, as APR's {@code apr_fnmatch} does it with
 * {@code APR_FNM_PERIOD}: {@code *}, {@code ?} and {@code [...]} never match a leading dot,
 * which is why httpd's {@code Include *.conf} skips {@code .hidden.conf}.
 */
public final class Fnmatch {

    private Fnmatch() {
    }

    /** True when the string has a character that makes it a wildcard pattern. */
    public static boolean isPattern(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    public static boolean matches(String pattern, String name) {
        return match(pattern, 0, name, 0);
    }

    @SuppressWarnings("fallthrough") // an escaped character is then matched literally
    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            boolean leadingDot = si == 0 && si < s.length() && s.charAt(si) == '.';
            switch (c) {
                case '?':
                    if (si >= s.length() || leadingDot) {
                        return false;
                    }
                    pi++;
                    si++;
                    break;
                case '*':
                    if (leadingDot) {
                        return false;
                    }
                    while (pi < p.length() && p.charAt(pi) == '*') {
                        pi++;
                    }
                    if (pi == p.length()) {
                        return true;
                    }
                    for (int k = si; k <= s.length(); k++) {
                        if (match(p, pi, s, k)) {
                            return true;
                        }
                    }
                    return false;
                case '[': {
                    if (si >= s.length() || leadingDot) {
                        return false;
                    }
                    int end = bracketEnd(p, pi);
                    if (end < 0) {
                        // An unclosed '[' is an ordinary character.
                        if (s.charAt(si) != '[') {
                            return false;
                        }
                        pi++;
                        si++;
                        break;
                    }
                    if (!bracketMatches(p, pi + 1, end, s.charAt(si))) {
                        return false;
                    }
                    pi = end + 1;
                    si++;
                    break;
                }
                case '\\':
                    if (pi + 1 < p.length()) {
                        pi++;
                        c = p.charAt(pi);
                    }
                    // fall through: literal
                default:
                    if (si >= s.length() || s.charAt(si) != c) {
                        return false;
                    }
                    pi++;
                    si++;
            }
        }
        return si == s.length();
    }

    /** Index of the ']' closing the bracket expression opened at {@code open}, or -1. */
    private static int bracketEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        for (; i < p.length(); i++) {
            if (p.charAt(i) == '\\') {
                i++;
            } else if (p.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static boolean bracketMatches(String p, int from, int end, char ch) {
        boolean negate = false;
        int i = from;
        if (p.charAt(i) == '!' || p.charAt(i) == '^') {
            negate = true;
            i++;
        }
        boolean found = false;
        boolean first = true;
        while (i < end) {
            char lo = p.charAt(i);
            if (lo == '\\' && i + 1 < end) {
                lo = p.charAt(++i);
            } else if (lo == ']' && !first) {
                break;
            }
            first = false;
            char hi = lo;
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                hi = p.charAt(i + 2);
                if (hi == '\\' && i + 3 < end) {
                    hi = p.charAt(i + 3);
                    i++;
                }
                i += 2;
            }
            if (lo <= ch && ch <= hi) {
                found = true;
            }
            i++;
        }
        return found != negate;
    }
}
