package dev.headroom.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.headroom.model.Finding;

/**
 * {@code lint -f checkstyle}: Checkstyle's XML report, which Jenkins Warnings NG, SonarQube,
 * GitLab and reviewdog read. Files in path order, each file's findings by line and column; a
 * finding on a whole file has line 0, as ESLint's Checkstyle formatter writes it. The source is
 * {@code headroom.ID}, so tools group by rule.
 */
public final class CheckstyleReport {

    private final List<Finding> findings;

    public CheckstyleReport(List<Finding> findings) {
        this.findings = findings;
    }

    public String checkstyle() {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.origin().file(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<checkstyle version=\"4.3\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            out.append("  <file name=\"").append(attribute(e.getKey())).append("\">\n");
            List<Finding> inFile = new ArrayList<>(e.getValue());
            inFile.sort(Comparator.comparingInt((Finding f) -> f.origin().line()).thenComparingInt(f -> f.origin().column()));
            for (Finding f : inFile) {
                String message = f.message() + (f.daemonCode() != null ? " [" + f.daemonCode() + "]" : "");
                out.append("    <error line=\"").append(Math.max(0, f.origin().line()))
                        .append("\" column=\"").append(Math.max(0, f.origin().column()))
                        .append("\" severity=\"").append(f.severity().label())
                        .append("\" message=\"").append(attribute(message))
                        .append("\" source=\"headroom.").append(attribute(f.rule())).append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
        return out.toString();
    }

    /**
     * A double-quoted attribute value. Tab, LF and CR are written as references, or a parser
     * would normalise them to spaces; characters XML 1.0 forbids even as references (the other
     * C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, the replacement character.
     */
    static String attribute(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
