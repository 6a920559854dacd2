package dev.headroom.model.httpd;

import dev.headroom.source.Origin;

/**
 * A value as written in the configuration, before httpd interprets it.
 *
 * @param raw       the single argument, after variable expansion and quote removal
 * @param writtenAs the directive name as written (MaxClients for MaxRequestWorkers, ...)
 */
public record Configured(String raw, Origin origin, String writtenAs) {
}
