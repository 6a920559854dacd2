package dev.headroom.report;

import java.util.List;
import java.util.Locale;

import dev.headroom.rules.RuleDocs;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleRegistry;

/**
 * {@code docs/rules.md}: a table of every rule (ID, name, severity, summary) linking to a section
 * per rule that holds its doc, all generated from the registry and the rule docs in the jar, so
 * the page cannot say what the code does not (RulesIndexTest fails when the committed page is
 * stale, as ruff's {@code generate-docs --mode check} does).
 */
public final class RulesIndex {

    private final List<RuleInfo> rules;

    public RulesIndex(List<RuleInfo> rules) {
        this.rules = rules;
    }

    public static RulesIndex ofRegistry() {
        return new RulesIndex(RuleRegistry.all());
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Rules\n\n")
                .append("<!-- Generated from the rule registry and src/main/resources/dev/headroom/rules/docs/; do not edit.\n")
                .append("     Regenerate: mvn -o -q test -Dtest=RulesIndexTest -Dheadroom.updateDocs=true -->\n\n")
                .append("Every rule headroom has, with its default severity. `headroom explain ID` prints the same\n")
                .append("text; `.headroom.ini` can select, ignore or re-grade rules (see the README's Configuration).\n\n")
                .append("| ID | Name | Severity | Summary |\n|---|---|---|---|\n");
        for (RuleInfo r : rules) {
            b.append("| [").append(r.id()).append("](#").append(anchor(r)).append(") | `").append(r.name())
                    .append("` | ").append(r.severity().label()).append(" | ").append(cell(r.summary()))
                    .append(" |\n");
        }
        for (RuleInfo r : rules) {
            b.append("\n## ").append(r.id()).append(' ').append(r.name()).append("\n\n")
                    .append("Severity: ").append(r.severity().label()).append(" · reads: ").append(r.language())
                    .append("\n\n");
            String doc = RuleDocs.load(r.id());
            b.append(doc == null ? r.summary() + "\n" : demote(doc.strip()) + "\n");
        }
        return b.toString();
    }

    /** GitHub's anchor for the heading {@code ## ID name}. */
    static String anchor(RuleInfo r) {
        return (r.id() + "-" + r.name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The doc's {@code ##} headings one level down, under the rule's own; code blocks untouched. */
    private static String demote(String doc) {
        StringBuilder b = new StringBuilder();
        boolean code = false;
        for (String line : doc.split("\n", -1)) {
            if (line.startsWith("```")) {
                code = !code;
            }
            b.append(!code && line.startsWith("#") ? "#" + line : line).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }
}
