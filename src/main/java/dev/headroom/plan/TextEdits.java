package dev.headroom.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal, lossless edits of configuration text: one value changed on its own line, or one line
 * added. Everything else — comments, spacing, continuation lines, the newline style (LF or CRLF),
 * a missing final newline — is left as it was.
 */
public final class TextEdits {

    private TextEdits() {
    }

    /**
     * The line's first argument after {@code key} replaced by {@code value}: {@code
     * "    MaxRequestWorkers        80  "} becomes {@code "    MaxRequestWorkers        30  "}.
     * The key is matched case-insensitively (httpd) or exactly (ClamAV, systemd are
     * case-sensitive, and the line given is the one their reader took). Null when the line does
     * not start with the key.
     */
    public static String setOnLine(String text, int line, String key, String value, boolean ignoreCase) {
        List<String[]> lines = split(text);
        if (line < 1 || line > lines.size()) {
            return null;
        }
        String l = lines.get(line - 1)[0];
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
            i++;
        }
        if (!l.regionMatches(ignoreCase, i, key, 0, key.length())) {
            return null;
        }
        int afterKey = i + key.length();
        int start = afterKey;
        while (start < l.length() && (l.charAt(start) == ' ' || l.charAt(start) == '\t' || l.charAt(start) == '=')) {
            start++;
        }
        if (start == afterKey && start < l.length()) {
            return null; // "MaxRequestWorkersX": another word
        }
        int end = start;
        if (end < l.length() && l.charAt(end) == '"') {
            int close = l.indexOf('"', end + 1);
            end = close < 0 ? l.length() : close + 1;
        } else {
            while (end < l.length() && l.charAt(end) != ' ' && l.charAt(end) != '\t') {
                end++;
            }
        }
        String edited = start == l.length() && start == afterKey ? l + " " + value : l.substring(0, start) + value + l.substring(end);
        lines.get(line - 1)[0] = edited;
        return join(lines);
    }

    /** A line added after line {@code after} (0: at the top), in the file's newline style, with that line's indentation. */
    public static String insertAfter(String text, int after, String newLine) {
        List<String[]> lines = split(text);
        String eol = newline(text);
        String indent = "";
        if (after >= 1 && after <= lines.size()) {
            String l = lines.get(after - 1)[0];
            int i = 0;
            while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
                i++;
            }
            indent = l.substring(0, i);
        }
        int at = Math.max(0, Math.min(after, lines.size()));
        if (at == lines.size() && !lines.isEmpty() && lines.get(at - 1)[1].isEmpty()) {
            lines.get(at - 1)[1] = eol; // the last line had no newline: give it one first
        }
        lines.add(at, new String[] {indent + newLine, eol});
        return join(lines);
    }

    /** A line appended at the end of the file. */
    public static String append(String text, String newLine) {
        return insertAfter(text, split(text).size(), newLine);
    }

    /** The file's newline: CRLF when its first line ends so, else LF. */
    static String newline(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /** Lines with their own terminators ("\n", "\r\n" or "" for a last line without one). */
    private static List<String[]> split(String text) {
        List<String[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(new String[] {text.substring(start), ""});
                break;
            }
            int bodyEnd = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(new String[] {text.substring(start, bodyEnd), text.substring(bodyEnd, nl + 1)});
            start = nl + 1;
        }
        return out;
    }

    private static String join(List<String[]> lines) {
        StringBuilder b = new StringBuilder();
        for (String[] l : lines) {
            b.append(l[0]).append(l[1]);
        }
        return b.toString();
    }
}
