package dev.headroom.lang.sysctl;

/**
 * Something about a line that the sysctl readers would not apply as it looks. The syntax layer
 * only says what happens; rules decide how much it matters.
 *
 * @param line    1-based line
 * @param column  1-based column
 * @param message what the reader does, in its own words where it prints any
 */
public record SysctlProblem(Kind kind, int line, int column, String message) {

    public enum Kind {
        /**
         * A line with no {@code =} that does not start with {@code -}. systemd-sysctl logs
         * "Line is not an assignment, ignoring" and, having read everything else, exits with
         * failure, so systemd-sysctl.service fails (systemd 252 src/sysctl/sysctl.c
         * parse_file: {@code r = -EINVAL}). procps {@code sysctl -p} says "invalid syntax,
         * continuing..." and does not fail.
         */
        NOT_AN_ASSIGNMENT,
        /**
         * An assignment whose key names no file below /proc/sys (empty, {@code .}, a {@code ..}
         * component, a component over 255 bytes): systemd-sysctl cannot write it and fails
         * unless the line starts with {@code -} (sysctl-util.c sysctl_write).
         */
        INVALID_KEY,
        /**
         * A value containing {@code #} at its start or after a blank. Neither systemd-sysctl nor
         * procps strips a comment after a value (only whole comment lines exist in sysctl.d(5)),
         * so the kernel is handed the comment too: an integer sysctl stops reading at the blank,
         * but a string one ({@code kernel.domainname}, {@code kernel.core_pattern}) keeps it.
         * OpenBSD's /etc/rc does strip in-line comments ({@code stripcom}), which is where the
         * habit comes from.
         */
        VALUE_WITH_COMMENT,
        /**
         * A line of 1 MiB or more (LONG_LINE_MAX, src/basic/fileio.h): read_line() fails with
         * ENOBUFS, systemd-sysctl stops reading the file there and exits with failure. The
         * lines before it still count; none after it do.
         */
        LINE_TOO_LONG
    }
}
