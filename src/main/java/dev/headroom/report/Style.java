package dev.headroom.report;

import dev.headroom.model.Severity;

/** ANSI colour for text output, or none (NO_COLOR, or stdout is not a terminal). */
public final class Style {

    private final boolean color;

    public Style(boolean color) {
        this.color = color;
    }

    public static Style plain() {
        return new Style(false);
    }

    public String severity(Severity s) {
        if (!color) {
            return s.label();
        }
        String code = s == Severity.ERROR ? "1;31" : s == Severity.WARNING ? "1;33" : "1;36";
        return "\u001b[" + code + "m" + s.label() + "\u001b[0m";
    }

    public String dim(String s) {
        return color ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    public String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }
}
