package dev.headroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.Severity;
import dev.headroom.rules.RuleDocs;
import dev.headroom.rules.RuleInfo;

/**
 * The SARIF {@code reportingDescriptor} of each rule: ID, name, the summary as short
 * description, the doc's "What it does" as full description, the whole doc as help (GitHub code
 * scanning shows it beside each alert), the default level, and tags for the rule's category and
 * language.
 */
final class SarifRules {

    /** The hundreds digit of a rule ID (DESIGN.md §2). */
    private static final String[] CATEGORIES = {"syntax", "correctness", "security", "resources", "hygiene"};

    private SarifRules() {
    }

    static List<Map<String, Object>> descriptors(List<RuleInfo> rules) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleInfo r : rules) {
            out.add(descriptor(r));
        }
        return out;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> descriptor(RuleInfo r) {
        String doc = RuleDocs.load(r.id());
        String help = doc != null ? doc : r.summary() + "\n";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", r.id());
        d.put("name", r.name());
        d.put("shortDescription", Map.of("text", r.summary()));
        d.put("fullDescription", Map.of("text", whatItDoes(help, r.summary())));
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("text", help);
        h.put("markdown", help);
        d.put("help", h);
        d.put("defaultConfiguration", Map.of("level", level(r.severity())));
        List<String> tags = new ArrayList<>();
        String category = category(r.id());
        if (category != null) {
            tags.add(category);
        }
        if (!tags.contains(r.language())) {
            tags.add(r.language());
        }
        d.put("properties", Map.of("tags", tags));
        return d;
    }

    private static String category(String id) {
        char c = id.length() > 2 ? id.charAt(2) : '?';
        return c >= '0' && c < '0' + CATEGORIES.length ? CATEGORIES[c - '0'] : null;
    }

    /** The doc's first section as one paragraph, or the summary when the doc has none. */
    private static String whatItDoes(String doc, String summary) {
        int start = doc.indexOf("## What it does");
        if (start < 0) {
            return summary;
        }
        start = doc.indexOf('\n', start);
        int end = doc.indexOf("\n## ", start);
        String section = (end < 0 ? doc.substring(start) : doc.substring(start, end)).strip();
        return section.isEmpty() ? summary : section.replaceAll("\\s+", " ");
    }
}
