package dev.headroom.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.headroom.budget.Budget;
import dev.headroom.budget.Scenario;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.budget.ServiceMemory;
import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.model.Sizes;
import dev.headroom.plan.whatif.Evaluation;
import dev.headroom.plan.whatif.Session;
import dev.headroom.plan.whatif.Step;
import dev.headroom.plan.whatif.Target;
import dev.headroom.plan.whatif.Values;

/**
 * The one line {@code tune} answers a what-if with: what changed, which scenarios fit now and
 * by how much at the worst, which services' memory moved, and which findings went or came.
 */
public final class TuneAnswer {

    private TuneAnswer() {
    }

    /** @param target the target of the step (null for unset and undo) */
    public static String of(Session.Outcome o, Target target, Style style) {
        List<String> parts = new ArrayList<>();
        Step s = o.step();
        if (s != null && target != null) {
            String was = Values.of(o.before().workspace(), target, s.setting());
            String is = Values.of(o.after().workspace(), target, s.setting());
            String head = s.target() + " " + s.setting() + " " + (was == null ? "" : was + " → ") + s.value();
            String adjusted = Values.adjustment(o.after().workspace(), target, s.setting());
            if (is != null && !is.equals(s.value()) && adjusted != null) {
                head += " (runs with " + is + ": " + adjusted + ")";
            }
            parts.add(style.bold(head));
        } else {
            parts.add(style.bold(o.after().steps().isEmpty() ? "no what-ifs" : o.after().steps().size()
                    + (o.after().steps().size() == 1 ? " what-if" : " what-ifs")));
        }
        parts.add(budget(o.before().budget(), o.after().budget(), style));
        String moved = services(o.before().budget(), o.after().budget());
        if (!moved.isEmpty()) {
            parts.add(moved);
        }
        parts.add(findings(o.before().findings(), o.after().findings(), style));
        return String.join("; ", parts) + "\n";
    }

    /** The budget in a few words: how many scenarios fit, the worst's room, and what it was. */
    public static String budget(Budget before, Budget after, Style style) {
        if (after == null) {
            return "no budget: the RAM is not known (set host ram SIZE)";
        }
        List<ScenarioTotal> all = after.scenarios();
        long fit = all.stream().filter(ScenarioTotal::fits).count();
        String fits = fit == all.size() ? "all " + all.size() + " scenarios fit"
                : fit == 0 ? "no scenario fits" : fit + " of " + all.size() + " scenarios fit";
        List<String> flips = new ArrayList<>();
        if (before != null) {
            List<String> now = new ArrayList<>();
            List<String> no = new ArrayList<>();
            for (int i = 0; i < all.size() && i < before.scenarios().size(); i++) {
                if (all.get(i).fits() && !before.scenarios().get(i).fits()) {
                    now.add(all.get(i).scenario().label());
                } else if (!all.get(i).fits() && before.scenarios().get(i).fits()) {
                    no.add(all.get(i).scenario().label());
                }
            }
            if (!now.isEmpty()) {
                flips.add("now " + String.join(", ", now));
            }
            if (!no.isEmpty()) {
                flips.add(style.alarm("no longer " + String.join(", ", no)));
            }
        }
        String out = (fit == all.size() ? fits : fit == 0 ? style.alarm(fits) : fits)
                + (flips.isEmpty() ? "" : " (" + String.join("; ", flips) + ")");
        long room = room(after);
        out += ", worst " + margin(room, style);
        if (before != null && room(before) != room) {
            out += " (was " + margin(room(before), Style.plain()) + ")";
        }
        return out;
    }

    private static long room(Budget b) {
        return b.usable() - b.scenario(Scenario.WORST).total();
    }

    private static String margin(long room, Style style) {
        return room >= 0 ? Sizes.human(room) + " to spare" : style.alarm(Sizes.human(-room) + " over");
    }

    /** The services whose steady or peak moved: {@code httpd peak 2.93 GiB → 1.1 GiB}. */
    private static String services(Budget before, Budget after) {
        if (before == null || after == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (ServiceMemory a : after.services()) {
            ServiceMemory b = before.service(a.name());
            if (b == null) {
                out.add(a.name() + " added, peak " + Sizes.human(a.peak()));
                continue;
            }
            List<String> moved = new ArrayList<>();
            if (a.steady() != b.steady()) {
                moved.add("steady " + Sizes.human(b.steady()) + " → " + Sizes.human(a.steady()));
            }
            if (a.peak() != b.peak()) {
                moved.add("peak " + Sizes.human(b.peak()) + " → " + Sizes.human(a.peak()));
            }
            if (!moved.isEmpty()) {
                out.add(a.name() + " " + String.join(", ", moved));
            }
        }
        for (ServiceMemory b : before.services()) {
            if (after.service(b.name()) == null) {
                out.add(b.name() + " gone (" + Sizes.human(b.peak()) + " at its peak)");
            }
        }
        return String.join(", ", out);
    }

    /** Findings by rule that went and came (info left out): {@code gone HT321, MB304; new SD102 (error)}. */
    static String findings(List<Finding> before, List<Finding> after, Style style) {
        Map<String, Severity> was = byRule(before);
        Map<String, Severity> is = byRule(after);
        List<String> gone = new ArrayList<>();
        List<String> added = new ArrayList<>();
        was.keySet().stream().filter(r -> !is.containsKey(r)).forEach(gone::add);
        is.forEach((r, sev) -> {
            if (!was.containsKey(r)) {
                added.add(sev == Severity.ERROR ? style.alarm(r + " (error)") : r);
            }
        });
        long warnings = after.stream().filter(f -> f.severity() != Severity.INFO).count();
        String out = gone.isEmpty() && added.isEmpty() ? "findings unchanged"
                : (gone.isEmpty() ? "" : "fixed " + String.join(", ", gone))
                        + (gone.isEmpty() || added.isEmpty() ? "" : ", ")
                        + (added.isEmpty() ? "" : "new " + String.join(", ", added));
        return out + " (" + warnings + (warnings == 1 ? " finding" : " findings") + " left)";
    }

    private static Map<String, Severity> byRule(List<Finding> findings) {
        Map<String, Severity> out = new TreeMap<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO) {
                out.merge(f.rule(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return out;
    }
}
