package dev.headroom.model.openbsd;

/**
 * One kernel knob as the kernel will run with it, and how headroom knows: set in the kernel
 * configuration, the kernel's own default (with the formula), or not known — a default that
 * depends on what headroom was not told (the RAM of the machine, the release, the
 * architecture). The basis is written for people, e.g. "NMBCLUSTERS 8192 (option)" or
 * "NKMEMPAGES 8162 = physmem/4 clamped to [2048, 16384] (default)".
 *
 * @param name   the option's name, as config(8) spells it
 * @param value  the effective value, or null when it is not known
 * @param source where the value comes from
 * @param basis  the value and how it was obtained
 */
public record Knob(String name, Long value, Source source, String basis) {

    public enum Source { OPTION, DEFAULT, UNKNOWN }

    static Knob option(String name, long value) {
        return new Knob(name, value, Source.OPTION, name + " " + value + " (option)");
    }

    static Knob unknown(String name, String why) {
        return new Knob(name, null, Source.UNKNOWN, name + " unknown (" + why + ")");
    }
}
