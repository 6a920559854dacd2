package dev.headroom.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

import dev.headroom.budget.Budget;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.model.Finding;
import dev.headroom.model.Sizes;
import dev.headroom.plan.FileEdit;
import dev.headroom.plan.Plan;

/** {@code plan}: the edits, what each fixes, the budget before and after; or the PLAN.json that apply reads. */
public final class PlanReport {

    /** The PLAN.json format's version: apply refuses a plan of another. */
    public static final int FORMAT = 1;

    private final Plan plan;

    public PlanReport(Plan plan) {
        this.plan = plan;
    }

    public String text(Style style) {
        StringBuilder out = new StringBuilder();
        int fixed = (int) plan.edits().stream().flatMap(e -> e.fixes().stream()).distinct().count();
        out.append(style.bold("Plan")).append(": ").append(plan.edits().size())
                .append(plan.edits().size() == 1 ? " file" : " files").append(", fixing ").append(fixed)
                .append(fixed == 1 ? " rule's findings" : " rules' findings");
        if (plan.after() != null) {
            ScenarioTotal worst = plan.after().scenarios().get(plan.after().scenarios().size() - 1);
            out.append(plan.fits() ? "; with it every scenario fits (worst " + Sizes.human(worst.total()) + " of "
                    + Sizes.human(plan.after().usable()) + ")" : "; even with it, not every scenario fits");
        }
        out.append("\n\n");
        for (FileEdit e : plan.edits()) {
            out.append(style.bold(e.file())).append("  ").append(style.dim("(" + (e.create() ? "new file" : "in place")
                    + "; fixes " + String.join(", ", e.fixes()) + ")")).append('\n');
            for (String c : e.changes()) {
                out.append("  ").append(c).append('\n');
            }
        }
        if (plan.before() != null && plan.after() != null) {
            out.append('\n').append(String.format(Locale.ROOT, "%-17s %10s %10s  %s%n", "scenario", "now", "planned",
                    "of " + Sizes.human(plan.after().usable())));
            for (int i = 0; i < plan.before().scenarios().size(); i++) {
                ScenarioTotal b = plan.before().scenarios().get(i);
                ScenarioTotal a = plan.after().scenarios().get(i);
                out.append(String.format(Locale.ROOT, "%-17s %10s %10s  %s%n", b.scenario().label(),
                        Sizes.human(b.total()), Sizes.human(a.total()), a.fits() ? "fits" : style.alarm("does not fit")));
            }
        }
        if (!plan.unplanned().isEmpty()) {
            out.append("\nnot planned (no edit to a setting fixes them):\n");
            for (Finding f : plan.unplanned()) {
                out.append("  ").append(f.origin()).append(": ").append(f.message()).append(" [").append(f.rule())
                        .append("]\n");
            }
        }
        if (!plan.edits().isEmpty()) {
            out.append("\nheadroom plan -o PLAN.json writes it for headroom apply --plan PLAN.json\n");
        }
        return out.toString();
    }

    /** PLAN.json: every edit with its full new text and a digest of the text it expects to replace. */
    public String json(String root, String version) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("format", FORMAT);
        o.put("tool", Map.of("name", "headroom", "version", version));
        o.put("root", root);
        List<Map<String, Object>> edits = new ArrayList<>();
        for (FileEdit e : plan.edits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", e.file());
            m.put("create", e.create());
            m.put("fixes", e.fixes());
            m.put("changes", e.changes());
            m.put("beforeSha256", e.create() ? null : sha256(e.before()));
            m.put("after", e.after());
            edits.add(m);
        }
        o.put("edits", edits);
        o.put("fits", plan.fits());
        o.put("budget", Map.of("before", scenarios(plan.before()), "after", scenarios(plan.after())));
        List<Map<String, Object>> unplanned = new ArrayList<>();
        for (Finding f : plan.unplanned()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("file", f.origin().file());
            m.put("line", f.origin().line());
            m.put("message", f.message());
            unplanned.add(m);
        }
        o.put("unplanned", unplanned);
        return new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create().toJson(o) + "\n";
    }

    private static List<Map<String, Object>> scenarios(Budget b) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (b == null) {
            return out;
        }
        for (ScenarioTotal t : b.scenarios()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.scenario().label());
            m.put("total", t.total());
            m.put("fits", t.fits());
            out.add(m);
        }
        return out;
    }

    /** The digest of a text held one char per byte. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
