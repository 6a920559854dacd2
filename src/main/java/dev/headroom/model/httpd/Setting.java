package dev.headroom.model.httpd;

import dev.headroom.source.Origin;

/**
 * An effective value, the one the daemon really runs with, and where it comes from.
 *
 * @param origin     the directive that set it, or null for the daemon's built-in default
 * @param configured the argument as written, when the daemon changed it (else null)
 * @param adjustedBy the daemon code of the adjustment ({@code AH00513}), {@code "run-time"}
 *                   for silent start-up adjustments, or null when unchanged
 */
public record Setting(Number value, Origin origin, String configured, String adjustedBy) {
}
