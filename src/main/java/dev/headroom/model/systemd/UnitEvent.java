package dev.headroom.model.systemd;

import dev.headroom.source.Origin;

/**
 * Something noticed while reading units the way systemd does; the message is systemd's own
 * warning text where systemd prints one. Rules turn events into findings.
 */
public record UnitEvent(Kind kind, Origin origin, String message) {

    public enum Kind {
        FILE_UNREADABLE,
        INVALID_SECTION_HEADER,
        UNKNOWN_SECTION,
        UNKNOWN_KEY,
        OUTSIDE_SECTION,
        MISSING_EQUALS,
        MISSING_KEY,
        INVALID_VALUE,
        DEPRECATED_KEY
    }
}
