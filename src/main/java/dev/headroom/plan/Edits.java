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

import dev.headroom.model.Remedy;
import dev.headroom.source.RootedFs;

/**
 * Remedies turned into minimal edits of files: a value changed on its own line, a line added,
 * a systemd drop-in, an empty unit file that masks. {@code plan} and {@code tune} both write
 * their changes through here, so a what-if in {@code tune} and a plan's edit are the same text.
 */
public final class Edits {

    /** A remedy and the rule it is carried out for, named in the edit's {@code fixes}; null for a what-if. */
    public record Tagged(Remedy remedy, String fix) {
    }

    private Edits() {
    }

    /**
     * The edits in path order; a remedy whose file cannot be read is left out.
     *
     * @param writer the command making them ({@code plan}, {@code tune}), named in a new drop-in
     */
    public static List<FileEdit> of(RootedFs fs, List<Tagged> remedies, String writer) {
        Map<String, List<Tagged>> byFile = new TreeMap<>();
        Map<String, Map<String, String>> unitKeys = new TreeMap<>();
        Map<String, Set<String>> unitFixes = new TreeMap<>();
        Map<String, Set<String>> masks = new TreeMap<>();
        for (Tagged t : remedies) {
            Remedy r = t.remedy();
            switch (r.kind()) {
                case UNIT_MASK -> addFix(masks.computeIfAbsent(r.target(), u -> new LinkedHashSet<>()), t);
                case UNIT_SETTING -> {
                    unitKeys.computeIfAbsent(r.target(), u -> new LinkedHashMap<>()).put(r.key(), r.value());
                    addFix(unitFixes.computeIfAbsent(r.target(), u -> new LinkedHashSet<>()), t);
                }
                default -> byFile.computeIfAbsent(r.target(), x -> new ArrayList<>()).add(t);
            }
        }
        List<FileEdit> edits = new ArrayList<>();
        for (Map.Entry<String, List<Tagged>> e : byFile.entrySet()) {
            FileEdit edit = editFile(fs, e.getKey(), e.getValue());
            if (edit != null) {
                edits.add(edit);
            }
        }
        // a unit the plan masks needs no drop-in
        unitKeys.keySet().removeAll(masks.keySet());
        for (Map.Entry<String, Map<String, String>> e : unitKeys.entrySet()) {
            String path = DropIns.path(e.getKey());
            String existing = read(fs, path);
            Set<String> fixes = unitFixes.get(e.getKey());
            List<String> changes = new ArrayList<>();
            e.getValue().forEach((k, v) -> changes.add(e.getKey() + ": " + k + "=" + v));
            edits.add(new FileEdit(fs.display(path), existing == null, existing == null ? "" : existing,
                    DropIns.text(existing, e.getValue(), "Written by headroom " + writer
                            + (fixes.isEmpty() ? "" : ": fixes " + String.join(", ", fixes)) + "."),
                    new ArrayList<>(fixes), changes));
        }
        for (Map.Entry<String, Set<String>> e : masks.entrySet()) {
            // an empty unit file of the unit's name in /etc masks it (systemd.unit(5))
            String path = "/etc/systemd/system/" + e.getKey();
            String existing = read(fs, path);
            edits.add(new FileEdit(fs.display(path), existing == null, existing == null ? "" : existing, "",
                    new ArrayList<>(e.getValue()), List.of(e.getKey() + ": masked (an empty unit file)")));
        }
        edits.sort(Comparator.comparing(FileEdit::file));
        return edits;
    }

    /** Every remedy for one file, values set on their lines first, then the lines to add. */
    private static FileEdit editFile(RootedFs fs, String display, List<Tagged> remedies) {
        String text = read(fs, "/" + display);
        if (text == null) {
            return null;
        }
        String after = text;
        Set<String> fixes = new LinkedHashSet<>();
        List<String> changes = new ArrayList<>();
        List<Remedy> adds = new ArrayList<>();
        int anchor = 0;
        for (Tagged t : remedies) {
            Remedy r = t.remedy();
            addFix(fixes, t);
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
        for (Remedy r : adds) {
            String line = r.key() + (r.kind() == Remedy.Kind.INI_OPTION ? " = " : " ") + r.value();
            if (r.kind() == Remedy.Kind.INI_OPTION && r.after() > 0) {
                after = TextEdits.insertAfter(after, r.after(), line);
            } else {
                after = r.kind() == Remedy.Kind.HTTPD_DIRECTIVE && anchor > 0 ? TextEdits.insertAfter(after, anchor, line)
                        : TextEdits.append(after, line);
            }
            changes.add(r.key() + " " + r.value() + " (added)");
        }
        return after.equals(text) ? null : new FileEdit(display, false, text, after, new ArrayList<>(fixes), changes);
    }

    private static void addFix(Set<String> fixes, Tagged t) {
        if (t.fix() != null) {
            fixes.add(t.fix());
        }
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
