package dev.headroom.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;

/** {@code lint} output: one line per finding in text, the DESIGN.md §2 shape in JSON. */
public final class FindingsReport {

    private final List<Finding> findings;
    private final String version;

    public FindingsReport(List<Finding> findings, String version) {
        this.findings = findings;
        this.version = version;
    }

    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, 0);
        }
        for (Finding f : findings) {
            c.merge(f.severity(), 1, Integer::sum);
        }
        return c;
    }

    /** {@code file:line:col: severity: message [ID AHxxxxx]}, then a summary line. */
    public String text(Style style) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(line(f, style)).append('\n');
        }
        if (findings.isEmpty()) {
            out.append("no findings\n");
        } else {
            out.append(findings.size()).append(findings.size() == 1 ? " finding: " : " findings: ")
                    .append(tally(counts())).append('\n');
        }
        return out.toString();
    }

    /** {@code file:line:col: severity: message [ID AHxxxxx]}, without the newline. */
    static String line(Finding f, Style style) {
        return f.origin() + ": " + style.severity(f.severity()) + ": " + f.message() + ' '
                + style.dim("[" + f.rule() + (f.daemonCode() != null ? " " + f.daemonCode() : "") + "]");
    }

    /** {@code 0 errors, 1 warning, 2 info}. */
    static String tally(Map<Severity, Integer> c) {
        return c.get(Severity.ERROR) + (c.get(Severity.ERROR) == 1 ? " error, " : " errors, ")
                + c.get(Severity.WARNING) + (c.get(Severity.WARNING) == 1 ? " warning, " : " warnings, ")
                + c.get(Severity.INFO) + " info";
    }

    /** A JSON report's root with its first field, {@code "tool": {"name": "headroom", "version": ...}}. */
    static Map<String, Object> rootWithTool(String version) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "headroom");
        tool.put("version", version);
        root.put("tool", tool);
        return root;
    }

    public String json() {
        Map<String, Object> root = rootWithTool(version);
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (Finding f : findings) {
            list.add(fields(f));
        }
        root.put("findings", list);
        Map<String, Object> summary = new LinkedHashMap<>();
        counts().forEach((s, n) -> summary.put(s.label(), n));
        root.put("summary", summary);
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root) + "\n";
    }

    /** One finding's JSON object, in the DESIGN.md §2 order. */
    static Map<String, Object> fields(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("name", f.name());
        m.put("severity", f.severity().label());
        m.put("message", f.message());
        m.put("file", f.origin().file());
        m.put("line", f.origin().line());
        m.put("column", f.origin().column());
        if (!f.origin().via().isEmpty()) {
            m.put("via", f.origin().via());
        }
        if (f.daemonCode() != null) {
            m.put("daemonCode", f.daemonCode());
        }
        if (!f.remedies().isEmpty()) {
            List<Map<String, Object>> fixes = new java.util.ArrayList<>();
            for (dev.headroom.model.Remedy r : f.remedies()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                boolean unit = r.kind() == dev.headroom.model.Remedy.Kind.UNIT_SETTING
                        || r.kind() == dev.headroom.model.Remedy.Kind.UNIT_MASK;
                x.put(unit ? "unit" : "file", r.target());
                if (r.kind() != dev.headroom.model.Remedy.Kind.UNIT_MASK) {
                    x.put("key", r.key());
                    x.put("value", r.value());
                }
                if (r.line() > 0) {
                    x.put("line", r.line());
                }
                fixes.add(x);
            }
            m.put("remedies", fixes);
        }
        return m;
    }
}
