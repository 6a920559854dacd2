package dev.headroom.budget;

/** How a unit is named in measurements: {@code clamd@scan.service} is measured as {@code clamd@scan}. */
final class Units {

    private Units() {
    }

    /** The unit's name without {@code .service}: its key in {@code [measured]} and in a live probe. */
    static String key(String unit) {
        return unit.endsWith(".service") ? unit.substring(0, unit.length() - ".service".length()) : unit;
    }
}
