package dev.headroom.model.clamav;

import dev.headroom.source.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * The effective value of one option for one tool, as optparse() leaves it in its
 * {@code struct optstruct}.
 *
 * @param option   the catalogue entry
 * @param set      whether the file set it ({@code active}); false means the default is in force
 * @param enabled  optparse's {@code enabled}: the option has a string, or a number other than 0
 *                 and -1. A boolean is on exactly when enabled; a number or size of 0 (after
 *                 conversion) is "disabled"; for a multiple option only the first value counts
 * @param string   the string value ({@code strarg}): the first argument of a STRING option, else
 *                 the default (null when none)
 * @param number   the numeric value ({@code numarg}) of the first argument: the converted number,
 *                 1 or 0 for a boolean, -1 for a string; else the default
 * @param settings every argument that took effect, in file order: one for a single-valued option
 *                 set in the file, all of them for a multiple one; empty when the default is in force
 * @param ignored  the later occurrences of a single-valued option, which optparse() drops without
 *                 a word (the first one wins: {@code optaddarg()}, {@code if (pt->active) return 0})
 */
public record ClamValue(ClamOption option, boolean set, boolean enabled, String string, long number,
        List<Setting> settings, List<Ignored> ignored) {

    public ClamValue {
        settings = List.copyOf(settings);
        ignored = List.copyOf(ignored);
    }

    /**
     * One argument that took effect.
     *
     * @param argument what the file says, after quote handling
     * @param string   the string kept (null for a number, a size or a boolean)
     * @param number   the converted number (-1 for a string)
     * @param origin   where it is written
     */
    public record Setting(String argument, String string, long number, Origin origin) {
    }

    /**
     * A repeated single-valued option that ClamAV ignores.
     *
     * @param argument  what the ignored line says
     * @param origin    where the ignored line is
     * @param effective where the occurrence that wins is
     */
    public record Ignored(String argument, Origin origin, Origin effective) {
    }

    public boolean isDefault() {
        return !set;
    }

    /** Where the value comes from: the first setting, or null for a default. */
    public Origin origin() {
        return settings.isEmpty() ? null : settings.get(0).origin();
    }

    /** The strings of a STRING option in order: the first (or default) and, if multiple, the rest. */
    public List<String> strings() {
        List<String> out = new ArrayList<>();
        if (string != null) {
            out.add(string);
        }
        for (int i = 1; i < settings.size(); i++) {
            out.add(settings.get(i).string());
        }
        return out;
    }

    /** The numbers in order: the first (or default) and, if multiple, the rest. */
    public List<Long> numbers() {
        List<Long> out = new ArrayList<>();
        out.add(number);
        for (int i = 1; i < settings.size(); i++) {
            out.add(settings.get(i).number());
        }
        return out;
    }
}
