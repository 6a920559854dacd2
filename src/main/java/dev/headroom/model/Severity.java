package dev.headroom.model;

import java.util.Locale;

/**
 * One meaning everywhere (DESIGN.md §2): ERROR, the daemon would refuse the configuration or
 * headroom cannot read it; WARNING, the daemon accepts it but changes or ignores part of it, or
 * it puts the machine at risk; INFO, advice and deprecations.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
