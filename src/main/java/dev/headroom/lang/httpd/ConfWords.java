package dev.headroom.lang.httpd;

import java.util.ArrayList;
import java.util.List;

/**
 * httpd's own word rules, ported from {@code server/util.c}: {@code ap_getword_conf} and
 * {@code substring_conf}. A word that starts with a quote runs to the matching quote (or the
 * end of the line: an unterminated quote is not an error) and the word ends there even when no
 * space follows; inside it only {@code \"} (the opening quote) and {@code \\} are unescaped. In
 * an unquoted word a quote is an ordinary character.
 */
public final class ConfWords {

    private ConfWords() {
    }

    /** apr_isspace: the C locale's isspace. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Trims leading and trailing C whitespace, as {@code cfg_trim_line} does. */
    public static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    /** A cursor over a line that hands out words the way ap_getword_conf does. */
    public static final class Cursor {
        private final String line;
        private int pos;

        public Cursor(String line) {
            int nul = line.indexOf('\0');
            // A C string ends at its first NUL byte.
            this.line = nul >= 0 ? line.substring(0, nul) : line;
            skipSpace();
        }

        public boolean atEnd() {
            return pos >= line.length();
        }

        /** What is left of the line, as httpd passes it to RAW_ARGS directives. */
        public String rest() {
            return line.substring(pos);
        }

        public String next() {
            if (atEnd()) {
                return "";
            }
            char quote = line.charAt(pos);
            String word;
            if (quote == '"' || quote == '\'') {
                int end = pos + 1;
                while (end < line.length() && line.charAt(end) != quote) {
                    if (line.charAt(end) == '\\' && end + 1 < line.length()
                            && (line.charAt(end + 1) == quote || line.charAt(end + 1) == '\\')) {
                        end += 2;
                    } else {
                        end++;
                    }
                }
                word = substring(line, pos + 1, end, quote);
                pos = end < line.length() ? end + 1 : end;
            } else {
                int end = pos;
                while (end < line.length() && !isSpace(line.charAt(end))) {
                    end++;
                }
                word = substring(line, pos, end, '\0');
                pos = end;
            }
            skipSpace();
            return word;
        }

        private void skipSpace() {
            while (pos < line.length() && isSpace(line.charAt(pos))) {
                pos++;
            }
        }
    }

    /** All the words of a line. */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        Cursor c = new Cursor(line);
        while (!c.atEnd()) {
            words.add(c.next());
        }
        return words;
    }

    private static String substring(String s, int start, int end, char quote) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == '\\' || (quote != '\0' && n == quote)) {
                    out.append(n);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
