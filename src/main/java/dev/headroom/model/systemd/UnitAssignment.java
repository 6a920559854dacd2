package dev.headroom.model.systemd;

import dev.headroom.source.Origin;

/** One {@code Key=Value} of a unit file or drop-in, stripped as parse_line() strips them. */
public record UnitAssignment(String section, String key, String value, Origin origin) {
}
