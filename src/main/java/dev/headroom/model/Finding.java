package dev.headroom.model;

import dev.headroom.source.Origin;

/**
 * A problem found, tied to the rule that found it and to the place in the configuration.
 *
 * @param daemonCode the daemon's own message code (an httpd {@code AH0xxxx}) when the finding
 *                   mirrors something the daemon itself prints, otherwise null
 */
public record Finding(String rule, String name, Severity severity, String message, Origin origin,
        String daemonCode) {
}
