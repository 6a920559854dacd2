package dev.headroom.model.httpd;

import java.util.List;

import dev.headroom.source.Origin;

/**
 * A live directive: one httpd will execute, because every conditional around it holds.
 *
 * @param name    as written (httpd matches names case-insensitively)
 * @param args    the words after variable expansion and quote removal
 * @param context the ordinary containers around it, outermost first, e.g. {@code <VirtualHost}
 */
public record HttpdDirective(String name, List<String> args, Origin origin, List<String> context) {

    public boolean is(String directive) {
        return name.equalsIgnoreCase(directive);
    }
}
