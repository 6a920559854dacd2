package dev.headroom.lang.openbsd;

import org.antlr.v4.runtime.Token;

/** Tokens as config(8) reads them: a quoted string is the word inside its quotes. */
final class KconfWords {

    private KconfWords() {
    }

    /** The token as config(8) reads it: {@code ""} is empty, a quoted string loses its quotes. */
    static String text(Token t) {
        String s = t.getText();
        if (t.getType() == KconfLexer.EMPTY) {
            return "";
        }
        if (t.getType() == KconfLexer.QUOTED) {
            int end = bodyEnd(s);
            return s.substring(1, end);
        }
        return s;
    }

    /** Whether a QUOTED token ends with the closing quote config(8) looks for. */
    static boolean closed(String quoted) {
        int end = bodyEnd(quoted);
        return end < quoted.length() && quoted.charAt(end) == '"';
    }

    /**
     * Where flex's longest match of {@code \"([^"\n]|\\\")+} ends: a quote belongs to the
     * string only right after a backslash. config then eats one more character and says
     * "closing quote missing" unless it is a quote.
     */
    private static int bodyEnd(String s) {
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '"' && (i == 1 || s.charAt(i - 1) != '\\'))) {
                break;
            }
            i++;
        }
        return i;
    }

    /** A token's text for a message: control bytes escaped so that the message stays one line. */
    static String display(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
