package dev.headroom.model.clamav.db;

import java.io.IOException;
import java.io.Reader;

/**
 * The number of rules in a YARA file that ClamAV can load: each {@code rule NAME} (outside
 * comments, strings and regular expressions) that has a {@code strings:} section.
 * {@code cli_loadyara} counts one signature per rule and {@code load_oneyara} takes back the
 * rules without strings ("yara rule contains no supported strings"). Still an upper bound: ClamAV
 * also drops rules whose strings it cannot translate and rules with syntax errors, and it would
 * add the rules of {@code include}d files, which headroom does not follow. The ignore lists do not
 * lower it: {@code load_oneyara} skips an ignored rule without taking back its count.
 */
final class YaraRuleCounter {

    private YaraRuleCounter() {
    }

    static long count(Reader in) throws IOException {
        PushbackChars r = new PushbackChars(in);
        long rules = 0;
        boolean afterRule = false;
        boolean inRule = false;
        boolean withStrings = false;
        String previous = "";
        int c;
        while ((c = r.read()) >= 0) {
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '/') {
                int d = r.read();
                if (d == '/') {
                    skipLine(r);
                    continue;
                }
                if (d == '*') {
                    skipBlockComment(r);
                    continue;
                }
                r.unread(d);
                if (previous.equals("=") || previous.equals("matches")) {
                    skipQuoted(r, '/');
                    previous = "regex";
                } else {
                    previous = "/";
                }
                afterRule = false;
                continue;
            }
            if (c == '"') {
                skipQuoted(r, '"');
                previous = "string";
                afterRule = false;
                continue;
            }
            if (c == '_' || Character.isLetter(c)) {
                StringBuilder word = new StringBuilder().append((char) c);
                int d;
                while ((d = r.read()) >= 0 && (d == '_' || Character.isLetterOrDigit(d))) {
                    word.append((char) d);
                }
                r.unread(d);
                String w = word.toString();
                if (afterRule) {
                    rules += inRule && withStrings ? 1 : 0;
                    inRule = true;
                    withStrings = false;
                    afterRule = false;
                } else {
                    afterRule = w.equals("rule");
                }
                previous = w;
                continue;
            }
            if (c == ':' && previous.equals("strings") && inRule) {
                withStrings = true;
            }
            afterRule = false;
            previous = String.valueOf((char) c);
        }
        return rules + (inRule && withStrings ? 1 : 0);
    }

    private static void skipLine(PushbackChars r) throws IOException {
        int c;
        while ((c = r.read()) >= 0 && c != '\n') {
            // the comment runs to the end of the line
        }
    }

    private static void skipBlockComment(PushbackChars r) throws IOException {
        int prev = 0;
        int c;
        while ((c = r.read()) >= 0) {
            if (prev == '*' && c == '/') {
                return;
            }
            prev = c;
        }
    }

    private static void skipQuoted(PushbackChars r, char end) throws IOException {
        int c;
        while ((c = r.read()) >= 0 && c != end && c != '\n') {
            if (c == '\\') {
                r.read();
            }
        }
    }

    /** A reader with one char of push-back (-1 pushes back nothing). */
    private static final class PushbackChars {
        private final Reader in;
        private int pushed = -2;

        PushbackChars(Reader in) {
            this.in = in;
        }

        int read() throws IOException {
            if (pushed != -2) {
                int c = pushed;
                pushed = -2;
                return c;
            }
            return in.read();
        }

        void unread(int c) {
            if (c >= 0) {
                pushed = c;
            }
        }
    }
}
