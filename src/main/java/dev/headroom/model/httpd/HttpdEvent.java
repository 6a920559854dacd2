package dev.headroom.model.httpd;

import dev.headroom.source.Origin;

/**
 * Something the resolver noticed while reading the configuration the way httpd does: a
 * structural problem, an include that failed, a value httpd will read differently than it
 * looks. Rules turn events into findings; the resolver itself never decides severities.
 *
 * @param daemonCode the AH code httpd logs for the same thing, or null
 */
public record HttpdEvent(Kind kind, Origin origin, String message, String daemonCode) {

    public HttpdEvent(Kind kind, Origin origin, String message) {
        this(kind, origin, message, null);
    }

    public enum Kind {
        FILE_UNREADABLE,
        FILE_TOO_LARGE,
        FILE_BINARY,
        BYTE_ORDER_MARK,
        TOO_MANY_FILES,
        SECTION_NOT_CLOSED,
        CONDITIONAL_OPEN_AT_EOF,
        CONDITIONAL_NOT_CLOSED,
        SECTION_MISMATCH,
        SECTION_WITHOUT_OPENER,
        SECTION_MISSING_BRACKET,
        SECTION_MISSING_ARGUMENT,
        CONDITION_INVALID,
        INCLUDE_FAILED,
        INCLUDE_CYCLE,
        DEFINE_INVALID,
        VARIABLE_UNDEFINED,
        MODULE_ALREADY_LOADED,
        NO_MPM,
        MULTIPLE_MPM,
        SERVER_ROOT_INVALID,
        ARGUMENT_COUNT,
        VALUE_INVALID,
        OTHER_MPM_DIRECTIVE,
        WRONG_CONTEXT,
        DEPRECATED_ALIAS,
        NUMBER_READ_DIFFERENTLY,
        DIRECTIVE_REPEATED
    }
}
