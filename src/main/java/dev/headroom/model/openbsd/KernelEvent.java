package dev.headroom.model.openbsd;

import dev.headroom.source.Origin;

/**
 * Something that happened while reading a kernel configuration and its includes: what
 * config(8) would say. Rules decide how much it matters.
 *
 * @param kind    what happened
 * @param origin  where
 * @param message what config(8) says, or what headroom could not do
 */
public record KernelEvent(Kind kind, Origin origin, String message) {

    public enum Kind {
        /** A line config(8) rejects with "syntax error" (the line sets nothing). */
        SYNTAX_ERROR,
        /** A quoted string with no closing quote. */
        UNTERMINATED_QUOTE,
        /** The file config(8) was given ends without a newline. */
        MISSING_NEWLINE,
        /** An {@code include} whose file cannot be read: config(8) stops. */
        INCLUDE_FAILED,
        /** An {@code include} of a file that is already being read: config(8) would never end. */
        INCLUDE_CYCLE,
        /** The configuration file itself cannot be read. */
        FILE_UNREADABLE,
        /**
         * An option set a second time without an {@code rmoption} between: config(8) says
         * "already have options `NAME=VALUE'" and stops (usr.sbin/config/main.c do_option).
         */
        OPTION_TWICE
    }
}
