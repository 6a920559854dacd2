package dev.headroom.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.model.Finding;
import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.rules.Linter;
import dev.headroom.rules.RuleFilter;
import dev.headroom.source.RootedFs;

/**
 * The plan step (DESIGN.md §1): the findings' remedies turned into minimal edits — a value
 * changed on its own line, a line added, or a systemd drop-in — each tied to the findings it
 * fixes, and the budget recomputed on the edited model ({@link WhatIf}).
 */
public final class Planner {

    private Planner() {
    }

    /** @param fs the root the workspace was discovered under (displayed paths are relative to it) */
    public static Plan plan(Workspace ws, List<Finding> findings, RootedFs fs) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        Map<String, Map<String, String>> unitKeys = new TreeMap<>();
        Map<String, Set<String>> unitRules = new TreeMap<>();
        Map<String, Set<String>> masks = new TreeMap<>();
        List<Finding> unplanned = new ArrayList<>();
        List<Remedy> all = new ArrayList<>();
        for (Finding f : findings) {
            if (f.remedies().isEmpty()) {
                if (f.severity() != Severity.INFO) {
                    unplanned.add(f);
                }
                continue;
            }
            for (Remedy r : f.remedies()) {
                all.add(r);
                if (r.kind() == Remedy.Kind.UNIT_MASK) {
                    masks.computeIfAbsent(r.target(), u -> new LinkedHashSet<>()).add(f.rule());
                } else if (r.kind() == Remedy.Kind.UNIT_SETTING) {
                    unitKeys.computeIfAbsent(r.target(), u -> new LinkedHashMap<>()).put(r.key(), r.value());
                    unitRules.computeIfAbsent(r.target(), u -> new LinkedHashSet<>()).add(f.rule());
                } else {
                    List<Finding> list = byFile.computeIfAbsent(r.target(), x -> new ArrayList<>());
                    if (!list.contains(f)) {
                        list.add(f);
                    }
                }
            }
        }
        List<FileEdit> edits = new ArrayList<>();
        Map<String, String> clamTexts = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            FileEdit edit = editFile(fs, e.getKey(), e.getValue());
            if (edit != null) {
                edits.add(edit);
                if (e.getValue().stream().flatMap(f -> f.remedies().stream())
                        .anyMatch(r -> r.kind() == Remedy.Kind.CLAMAV_OPTION)) {
                    clamTexts.put(e.getKey(), edit.after());
                }
            }
        }
        // a unit the plan masks needs no drop-in
        unitKeys.keySet().removeAll(masks.keySet());
        for (Map.Entry<String, Map<String, String>> e : unitKeys.entrySet()) {
            String path = DropIns.path(e.getKey());
            String existing = read(fs, path);
            String fixes = String.join(", ", unitRules.get(e.getKey()));
            List<String> changes = new ArrayList<>();
            e.getValue().forEach((k, v) -> changes.add(e.getKey() + ": " + k + "=" + v));
            edits.add(new FileEdit(fs.display(path), existing == null, existing == null ? "" : existing,
                    DropIns.text(existing, e.getValue(), fixes), new ArrayList<>(unitRules.get(e.getKey())), changes));
        }
        for (Map.Entry<String, Set<String>> e : masks.entrySet()) {
            // an empty unit file of the unit's name in /etc masks it (systemd.unit(5))
            String path = "/etc/systemd/system/" + e.getKey();
            String existing = read(fs, path);
            edits.add(new FileEdit(fs.display(path), existing == null, existing == null ? "" : existing, "",
                    new ArrayList<>(e.getValue()), List.of(e.getKey() + ": masked (an empty unit file)")));
        }
        edits.sort(Comparator.comparing(FileEdit::file));
        Budget before = BudgetBuilder.of(ws, null, null);
        Workspace edited = WhatIf.apply(ws, all, clamTexts);
        Budget after = BudgetBuilder.of(edited, null, null);
        // what is still wrong once the edits are in: checked again on the edited model (an edit may
        // fix more than its own finding, as fewer httpd children fix HT321's ServerLimit too)
        Set<String> planned = new LinkedHashSet<>();
        edits.forEach(e -> planned.addAll(e.fixes()));
        List<Finding> still = new ArrayList<>();
        for (Finding f : new Linter(new RuleFilter(List.of(), List.of())).check(edited)) {
            if (f.severity() != Severity.INFO && !planned.contains(f.rule()) && f.remedies().isEmpty()
                    && unplanned.stream().anyMatch(u -> u.rule().equals(f.rule()))) {
                still.add(f);
            }
        }
        return new Plan(edits, still, before, after);
    }

    /** Every remedy for one file, values set on their lines first, then the lines to add. */
    private static FileEdit editFile(RootedFs fs, String display, List<Finding> findings) {
        String text = read(fs, "/" + display);
        if (text == null) {
            return null;
        }
        String after = text;
        Set<String> rules = new LinkedHashSet<>();
        List<String> changes = new ArrayList<>();
        List<Remedy> adds = new ArrayList<>();
        int anchor = 0;
        for (Finding f : findings) {
            for (Remedy r : f.remedies()) {
                if (!r.target().equals(display) || r.kind() == Remedy.Kind.UNIT_SETTING) {
                    continue;
                }
                rules.add(f.rule());
                if (r.line() > 0) {
                    String edited = TextEdits.setOnLine(after, r.line(), r.key(), r.value(),
                            r.kind() == Remedy.Kind.HTTPD_DIRECTIVE);
                    if (edited != null) {
                        after = edited;
                        anchor = Math.max(anchor, r.line());
                        changes.add(r.key() + " → " + r.value() + " (line " + r.line() + ")");
                        continue;
                    }
                }
                adds.add(r);
            }
        }
        for (Remedy r : adds) {
            String line = r.key() + " " + r.value();
            after = r.kind() == Remedy.Kind.HTTPD_DIRECTIVE && anchor > 0 ? TextEdits.insertAfter(after, anchor, line)
                    : TextEdits.append(after, line);
            changes.add(r.key() + " " + r.value() + " (added)");
        }
        return after.equals(text) ? null : new FileEdit(display, false, text, after, new ArrayList<>(rules), changes);
    }

    /** A file's text, byte for byte (ISO-8859-1); null when it is not there or cannot be read. */
    static String read(RootedFs fs, String serverPath) {
        try {
            return fs.exists(serverPath) ? fs.read(serverPath).text() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
