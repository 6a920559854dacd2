package dev.headroom.model.sysctl;

import dev.headroom.source.Origin;

/**
 * Something noticed while reading the sysctl files the way the program does. Rules turn events
 * into findings; the reader never decides severities.
 */
public record SysctlEvent(Kind kind, Origin origin, String message) {

    public enum Kind {
        /** See {@link dev.headroom.lang.sysctl.SysctlProblem.Kind#NOT_AN_ASSIGNMENT}. */
        NOT_AN_ASSIGNMENT,
        /** See {@link dev.headroom.lang.sysctl.SysctlProblem.Kind#INVALID_KEY}. */
        INVALID_KEY,
        /** See {@link dev.headroom.lang.sysctl.SysctlProblem.Kind#VALUE_WITH_COMMENT}. */
        VALUE_WITH_COMMENT,
        /** See {@link dev.headroom.lang.sysctl.SysctlProblem.Kind#LINE_TOO_LONG}. */
        LINE_TOO_LONG,
        /** A listed file that could not be read; systemd-sysctl exits with failure. */
        FILE_UNREADABLE,
        /** A listed file over headroom's size limit, not read. */
        FILE_TOO_LARGE,
        /** A dangling symlink in a sysctl.d directory: silently ignored, and it masks. */
        FILE_MISSING,
        /** A {@code /dev/null} symlink masking a vendor file. */
        FILE_MASKED,
        /** A file hidden by one of the same name in a directory of higher priority. */
        FILE_OVERRIDDEN
    }
}
