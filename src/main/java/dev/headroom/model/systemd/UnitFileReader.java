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
 * with their lines unchecked; lines outside a section or without '=', and keys systemd does not
 * know in their section, ignored with a warning. A malformed section header ends the reading of
 * the file (config_parse() returns the error) and makes the whole unit fail to load.
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

    /** A unit file or drop-in: its sections and keys are those of the unit type its path names. */
    public static Result readUnit(SourceFile file) {
        return read(file, UnitKeys.sectionsOf(UnitKeys.typeOf(file.path())), true);
    }

    /** A unit file read as a unit of this type, whatever its name. */
    public static Result readUnit(SourceFile file, String type) {
        return read(file, UnitKeys.sectionsOf(type), true);
    }

    /** system.conf, user.conf and their drop-ins: section [Manager]. */
    public static Result readManager(SourceFile file) {
        return read(file, UnitKeys.MANAGER_SECTIONS, false);
    }

    /**
     * @param sections the sections read (null: any section systemd has in some file)
     * @param checkKeys whether a key outside systemd's table is reported
     */
    private static Result read(SourceFile file, Set<String> sections, boolean checkKeys) {
        List<String> via = List.of();
        Set<String> known = sections == null ? SECTIONS : sections;
        List<UnitAssignment> out = new ArrayList<>();
        List<UnitEvent> events = new ArrayList<>();
        boolean failed = false;
        String section = null;
        boolean ignoring = false;
        for (UnitLine l : UnitSyntax.parse(file.text()).lines()) {
            // Where systemd says it is: a continued line by the line that ends it.
            Origin at = new Origin(file.display(), l.reportedLine(),
                    l.reportedLine() == l.line() ? l.column() : 1, via);
            String t = l.text();
            if (l.isSectionHeader()) {
                if (!t.endsWith("]") || t.length() < 3) {
                    events.add(new UnitEvent(UnitEvent.Kind.INVALID_SECTION_HEADER, at,
                            "Invalid section header '" + t + "'"));
                    // config_parse() gives up on the file here: nothing after it is read.
                    failed = true;
                    break;
                }
                section = t.substring(1, t.length() - 1);
                ignoring = !known.contains(section);
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
            String key = UnitSyntax.strip(t.substring(0, eq));
            if (checkKeys && !UnitKeys.known(section, key) && !key.startsWith("X-")
                    && !section.startsWith("X-")) {
                events.add(new UnitEvent(UnitEvent.Kind.UNKNOWN_KEY, at,
                        "Unknown key '" + key + "' in section [" + section + "], ignoring."));
                continue;
            }
            out.add(new UnitAssignment(section, key, UnitSyntax.strip(t.substring(eq + 1)), at));
        }
        return new Result(out, events, failed);
    }
}
