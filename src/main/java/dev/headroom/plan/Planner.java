package dev.headroom.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.model.Finding;
import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.rules.RuleSettings;
import dev.headroom.source.RootedFs;

/**
 * The plan step (DESIGN.md §1): the findings' remedies turned into minimal edits — a value
 * changed on its own line, a line added, or a systemd drop-in — each tied to the findings it
 * fixes, and the budget recomputed on the server read again with the edits ({@link EditedTree}).
 */
public final class Planner {

    private Planner() {
    }

    /**
     * The server read again with the edits written over it ({@link EditedTree}), a whole-httpd
     * size measured under the old MPM settings left out when an edit changes them; as it is when
     * the tree cannot be read that way (the budget after is then the budget before).
     */
    private static Workspace edited(Workspace ws, RootedFs fs, List<FileEdit> edits, List<Remedy> remedies) {
        Workspace w = ws;
        if (remedies.stream().anyMatch(r -> r.kind() == Remedy.Kind.HTTPD_DIRECTIVE) && ws.facts() != null) {
            w = ws.withFacts(ws.facts().withMeasured(EditedTree.withoutWholeHttpd(ws.facts().measured(),
                    ws.httpd().stream().map(c -> c.name()).toList())));
        }
        try {
            return EditedTree.of(fs, w, edits).workspace();
        } catch (IOException e) {
            return w;
        }
    }

    /** @param fs the root the workspace was discovered under (displayed paths are relative to it) */
    public static Plan plan(Workspace ws, List<Finding> findings, RootedFs fs) {
        return plan(ws, findings, fs, RuleSettings.ALL);
    }

    /**
     * @param findings what {@code rules} found on {@code ws}
     * @param rules    the rules the edited tree is checked with again (the run's [rules])
     */
    public static Plan plan(Workspace ws, List<Finding> findings, RootedFs fs, RuleSettings rules) {
        List<Finding> unplanned = new ArrayList<>();
        List<Remedy> all = new ArrayList<>();
        List<Edits.Tagged> tagged = new ArrayList<>();
        for (Finding f : findings) {
            if (f.remedies().isEmpty()) {
                if (f.severity() != Severity.INFO) {
                    unplanned.add(f);
                }
                continue;
            }
            for (Remedy r : f.remedies()) {
                all.add(r);
                tagged.add(new Edits.Tagged(r, f.rule()));
            }
        }
        List<FileEdit> edits = Edits.of(fs, tagged, "plan");
        Budget before = BudgetBuilder.of(ws, null, null);
        Workspace edited = edited(ws, fs, edits, all);
        Budget after = BudgetBuilder.of(edited, null, null);
        // what is still wrong once the edits are in: checked again on the edited model (an edit may
        // fix more than its own finding, as fewer httpd children fix HT321's ServerLimit too)
        Set<String> planned = new LinkedHashSet<>();
        edits.forEach(e -> planned.addAll(e.fixes()));
        List<Finding> still = new ArrayList<>();
        for (Finding f : rules.check(edited)) {
            if (f.severity() != Severity.INFO && !planned.contains(f.rule()) && f.remedies().isEmpty()
                    && unplanned.stream().anyMatch(u -> u.rule().equals(f.rule()))) {
                still.add(f);
            }
        }
        return new Plan(edits, still, before, after);
    }
}
