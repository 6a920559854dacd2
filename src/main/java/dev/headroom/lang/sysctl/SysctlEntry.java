package dev.headroom.lang.sysctl;

/**
 * One line that systemd-sysctl takes into account: an assignment {@code [-]key = value} or an
 * exclusion {@code -key} (a key "prefixed with a '-' character and not followed by '='", which
 * keeps glob patterns from setting it: sysctl.d(5), "Configuration Format").
 *
 * @param kind        assignment or exclusion
 * @param writtenKey  the key as written, stripped of blanks and of the leading dash
 * @param key         the key as systemd-sysctl normalises it
 * @param value       the value, stripped of blanks at both ends, everything else kept (an
 *                    in-line {@code #} included); null for an exclusion
 * @param dash        whether the line starts with {@code -}
 * @param line        1-based line, counted the way systemd's read_line() ends lines
 * @param column      1-based column of the first character of the statement (the dash or the key)
 * @param valueColumn 1-based column of the value (just after {@code =} when it is empty); 0 for
 *                    an exclusion
 * @param start       offset of the statement's first character in the file text (for edits)
 * @param stop        offset of its last character
 */
public record SysctlEntry(Kind kind, String writtenKey, SysctlKey key, String value, boolean dash,
        int line, int column, int valueColumn, int start, int stop) {

    public enum Kind {
        ASSIGNMENT,
        EXCLUSION
    }

    /**
     * A failure to write this value is only logged at debug level and does not make the tool
     * fail (sysctl.d(5): "if a variable assignment is prefixed with a single '-' character,
     * failure to set the variable for any reason will be logged at debug level").
     */
    public boolean ignoreFailure() {
        return kind == Kind.ASSIGNMENT && dash;
    }
}
