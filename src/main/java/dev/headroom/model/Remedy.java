package dev.headroom.model;

/**
 * A change that would fix a finding, in terms the planner can carry out (issue 7: plan and
 * apply) and a reader can check: which file or unit, which setting, which value.
 *
 * @param kind    what is changed
 * @param target  the server path of the file to change ({@link Kind#HTTPD_DIRECTIVE},
 *                {@link Kind#CLAMAV_OPTION}), or the unit ({@link Kind#UNIT_SETTING})
 * @param key     the directive, option or unit key ({@code MaxRequestWorkers},
 *                {@code ConcurrentDatabaseReload}, {@code TimeoutStartSec})
 * @param value   the value to write
 * @param line    the line now setting it (1-based), 0 when nothing sets it yet
 * @param after   for {@link Kind#INI_OPTION} not yet set: the line to add it after (its
 *                section's header, or a line of the same group), 0 to append; else 0
 */
public record Remedy(Kind kind, String target, String key, String value, int line, int after) {

    public Remedy(Kind kind, String target, String key, String value, int line) {
        this(kind, target, key, value, line, 0);
    }

    public enum Kind {
        /** Set an httpd directive where it is written (or add it to the MPM's file). */
        HTTPD_DIRECTIVE,
        /** Set a clamd.conf or freshclam.conf option (the first occurrence is the one that counts). */
        CLAMAV_OPTION,
        /** Set a {@code key = value} of an INI file: a php-fpm pool's, or a my.cnf server group's. */
        INI_OPTION,
        /** Set a key in the unit's {@code [Service]} section, through a drop-in. */
        UNIT_SETTING,
        /**
         * Mask the unit: an empty unit file of its name in {@code /etc/systemd/system}, which
         * systemd takes as masked (systemd.unit(5)); key and value are empty.
         */
        UNIT_MASK
    }

    /** "MaxRequestWorkers 30 in etc/httpd/...", for messages and the text report. */
    public String describe() {
        return switch (kind) {
            case HTTPD_DIRECTIVE, CLAMAV_OPTION -> key + " " + value + " in " + target;
            case INI_OPTION -> key + " = " + value + " in " + target;
            case UNIT_SETTING -> target + ": [Service] " + key + "=" + value;
            case UNIT_MASK -> target + ": masked";
        };
    }
}
