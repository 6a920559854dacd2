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

    /** Whether colours are on (charts then draw every segment as a full block in its own colour). */
    public boolean colored() {
        return color;
    }

    /**
     * One of a small palette of foreground colours, by index, for chart segments. Red is left
     * out: it marks what goes over the line.
     */
    public String palette(int index, String s) {
        if (!color) {
            return s;
        }
        int[] codes = {34, 33, 35, 36, 32, 94, 93, 95, 96, 92, 37, 90};
        return "\u001b[" + codes[Math.floorMod(index, codes.length)] + "m" + s + "\u001b[0m";
    }

    /** Red, for what goes over the line. */
    public String alarm(String s) {
        return color ? "\u001b[1;31m" + s + "\u001b[0m" : s;
    }

    public String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }
}
