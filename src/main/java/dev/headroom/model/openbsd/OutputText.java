package dev.headroom.model.openbsd;

import java.util.ArrayList;
import java.util.List;

/**
 * The saved output of a command, cut into lines. Saved outputs travel through mail and
 * terminals, so a line may end in CR LF, and fields are separated by any run of blanks.
 */
final class OutputText {

    private OutputText() {
    }

    /** The lines, without their {@code \n} or {@code \r\n}; line {@code i} is number {@code i + 1}. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                if (at < text.length()) {
                    out.add(stripCr(text.substring(at)));
                }
                break;
            }
            out.add(stripCr(text.substring(at, end)));
            at = end + 1;
        }
        return out;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The fields of a line split on spaces and tabs. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && blank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !blank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * A count as printf's {@code %u}, {@code %lu} or {@code %d} prints it: decimal digits, a
     * leading {@code -} for {@code %d}; null for anything else and for a value beyond a long.
     */
    static Long count(String s) {
        if (!isCount(s)) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the text is written as a count, whatever its size. */
    static boolean isCount(String s) {
        int at = s.startsWith("-") ? 1 : 0;
        if (at == s.length()) {
            return false;
        }
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
