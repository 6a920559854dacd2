package dev.headroom.model.phpfpm;

import java.util.Locale;
import java.util.Set;

/**
 * The text of a value after {@code =} as PHP's INI parser (Zend/zend_ini_scanner.l, NORMAL mode,
 * which php-fpm uses) turns it into a string. Checked against php-fpm 8.2 ({@code php-fpm -tt}):
 * <ul>
 * <li>{@code true}, {@code on}, {@code yes} (any case) become {@code 1}; {@code false}, {@code off},
 * {@code no}, {@code none}, {@code null} become the empty string — which is why php-fpm's own
 * booleans accept only those two strings;</li>
 * <li>{@code "..."} loses its quotes, {@code \"} and {@code \\} inside lose their backslash, any other
 * backslash stays ({@code "a\n"} is {@code a\n}); {@code '...'} is taken raw; quoted and bare pieces
 * next to each other are joined ({@code "64"M} is {@code 64M});</li>
 * <li>a bare {@code =} or an unbalanced {@code "} is a syntax error;</li>
 * <li>{@code ${NAME}} is replaced by the environment variable, {@code |&^~!()} make an integer
 * expression ({@code 1|2} is {@code 3}) and a bare constant name such as {@code E_ALL} is replaced
 * by its value: php-fpm computes those, headroom keeps the text and says so.</li>
 * </ul>
 */
final class ZendIniValue {

    private static final Set<String> TRUE_WORDS = Set.of("true", "on", "yes");
    private static final Set<String> FALSE_WORDS = Set.of("false", "off", "no", "none", "null");

    /**
     * @param text     the value as php-fpm receives it; null on a syntax error
     * @param error    the parser's complaint, or null
     * @param computed why php-fpm would compute something else than {@code text}, or null
     */
    record Decoded(String text, String error, String computed) {
    }

    private ZendIniValue() {
    }

    static Decoded decode(String raw) {
        String t = raw.strip();
        String word = t.toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return new Decoded("1", null, null);
        }
        if (FALSE_WORDS.contains(word)) {
            return new Decoded("", null, null);
        }
        StringBuilder out = new StringBuilder(t.length());
        String computed = null;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '"') {
                int end = i + 1;
                StringBuilder q = new StringBuilder();
                while (end < t.length() && t.charAt(end) != '"') {
                    char d = t.charAt(end);
                    if (d == '\\' && end + 1 < t.length() && (t.charAt(end + 1) == '"' || t.charAt(end + 1) == '\\')) {
                        q.append(t.charAt(end + 1));
                        end += 2;
                        continue;
                    }
                    if (d == '$' && end + 1 < t.length() && t.charAt(end + 1) == '{') {
                        computed = "${...} is replaced by an environment variable";
                    }
                    q.append(d);
                    end++;
                }
                if (end >= t.length()) {
                    return new Decoded(null, "syntax error, unexpected end of line: a \" is not closed", null);
                }
                out.append(q);
                i = end + 1;
                continue;
            }
            if (c == '\'' && i == 0) {
                int end = t.indexOf('\'', 1);
                if (end < 0) {
                    return new Decoded(null, "syntax error, unexpected end of line: a ' is not closed", null);
                }
                out.append(t, 1, end);
                i = end + 1;
                continue;
            }
            if (c == '=') {
                return new Decoded(null, "syntax error, unexpected '='", null);
            }
            if ("|&^~!()".indexOf(c) >= 0) {
                computed = "'" + c + "' makes an expression that php-fpm computes";
            } else if (c == '$' && i + 1 < t.length() && t.charAt(i + 1) == '{') {
                computed = "${...} is replaced by an environment variable";
            }
            out.append(c);
            i++;
        }
        if (computed == null && isConstantName(t)) {
            computed = "'" + t + "' is replaced by the PHP constant of that name, if there is one";
        }
        return new Decoded(out.toString(), null, computed);
    }

    /** {@code E_ALL}, {@code PHP_INT_MAX}: what the scanner looks up as a constant. */
    private static boolean isConstantName(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.indexOf('_') < 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }
}
