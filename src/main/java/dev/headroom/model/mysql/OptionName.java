package dev.headroom.model.mysql;

/**
 * Option names as the server's {@code my_getopt} compares them (MySQL manual "Using Options on
 * the Command Line" and "Program Option Modifiers"): {@code -} and {@code _} are the same, the
 * prefix {@code loose-} only turns an unknown option into a warning, {@code skip-} and
 * {@code disable-} set a boolean off, {@code enable-} on, and {@code maximum-} sets the
 * session limit of a variable, not the variable.
 */
final class OptionName {

    private OptionName() {
    }

    /**
     * The variable a name sets, with {@code _} for {@code -} and without {@code loose-},
     * {@code skip-}, {@code disable-} or {@code enable-}; a {@code maximum-} name keeps its prefix.
     */
    static String variable(String name) {
        String n = name.replace('-', '_');
        if (n.startsWith("loose_")) {
            n = n.substring("loose_".length());
        }
        if (ServerOptionNames.isOption(n)) {
            // my_getopt looks the whole name up first: skip-name-resolve is an option of its own.
            return n;
        }
        for (String p : new String[] {"skip_", "disable_", "enable_"}) {
            if (n.startsWith(p) && n.length() > p.length()) {
                return n.substring(p.length());
            }
        }
        return n;
    }

    static boolean isLoose(String name) {
        return name.replace('-', '_').startsWith("loose_");
    }

    /** The value a {@code skip-}/{@code disable-} ({@code OFF}) or {@code enable-} ({@code ON}) name gives, else null. */
    static String impliedValue(String name) {
        String n = name.replace('-', '_');
        if (n.startsWith("loose_")) {
            n = n.substring("loose_".length());
        }
        if (ServerOptionNames.isOption(n)) {
            return null;
        }
        if (n.startsWith("skip_") || n.startsWith("disable_")) {
            return "OFF";
        }
        return n.startsWith("enable_") ? "ON" : null;
    }
}
