package dev.headroom.model.systemd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.headroom.lang.systemd.UnitLine;
import dev.headroom.lang.systemd.UnitSyntax;
import dev.headroom.source.Origin;
import dev.headroom.source.SourceFile;

/**
 * parse_line() of systemd's conf-parser.c over the logical lines of one file: section headers,
 * assignments split at the first '=', both sides stripped; unknown sections (not X-) skipped
 * with their lines unchecked; lines outside a section or without '=' ignored with a warning.
 * A malformed section header makes the whole unit fail to load.
 */
public final class UnitFileReader {

    /** Sections systemd knows in unit files and in system.conf (load-fragment-gperf, system.conf). */
    private static final Set<String> SECTIONS = Set.of("Unit", "Install", "Service", "Socket",
            "Mount", "Automount", "Swap", "Timer", "Path", "Slice", "Scope", "Manager");

    /** The assignments and events of one file. */
    public record Result(List<UnitAssignment> assignments, List<UnitEvent> events, boolean loadFailed) {
    }

    private UnitFileReader() {
    }

    public static Result read(SourceFile file, List<String> via) {
        List<UnitAssignment> out = new ArrayList<>();
        List<UnitEvent> events = new ArrayList<>();
        boolean failed = false;
        String section = null;
        boolean ignoring = false;
        for (UnitLine l : UnitSyntax.parse(file.text()).lines()) {
            Origin at = new Origin(file.display(), l.line(), l.column(), via);
            String t = l.text();
            if (l.isSectionHeader()) {
                if (!t.endsWith("]") || t.length() < 3) {
                    events.add(new UnitEvent(UnitEvent.Kind.INVALID_SECTION_HEADER, at,
                            "Invalid section header '" + t + "'"));
                    failed = true;
                    section = null;
                    ignoring = true;
                    continue;
                }
                section = t.substring(1, t.length() - 1);
                ignoring = !SECTIONS.contains(section);
                if (ignoring && !section.startsWith("X-")) {
                    events.add(new UnitEvent(UnitEvent.Kind.UNKNOWN_SECTION, at,
                            "Unknown section '" + section + "'. Ignoring."));
                }
                continue;
            }
            if (ignoring) {
                // Lines of an ignored section are skipped without any check.
                continue;
            }
            if (section == null) {
                events.add(new UnitEvent(UnitEvent.Kind.OUTSIDE_SECTION, at,
                        "Assignment outside of section. Ignoring."));
                continue;
            }
            int eq = t.indexOf('=');
            if (eq < 0) {
                events.add(new UnitEvent(UnitEvent.Kind.MISSING_EQUALS, at, "Missing '=', ignoring line."));
                continue;
            }
            if (eq == 0) {
                events.add(new UnitEvent(UnitEvent.Kind.MISSING_KEY, at,
                        "Missing key name before '=', ignoring line."));
                continue;
            }
            out.add(new UnitAssignment(section, UnitSyntax.strip(t.substring(0, eq)),
                    UnitSyntax.strip(t.substring(eq + 1)), at));
        }
        return new Result(out, events, failed);
    }
}
