package dev.headroom.model;

import java.util.Objects;

import dev.headroom.source.Origin;

/**
 * A problem found, tied to the rule that found it and to the place in the configuration.
 *
 * @param daemonCode the daemon's own message code (an httpd {@code AH0xxxx}) when the finding
 *                   mirrors something the daemon itself prints, otherwise null
 * @param remedies   the changes that would fix it (empty when none is proposed)
 */
public record Finding(String rule, String name, Severity severity, String message, Origin origin,
        String daemonCode, java.util.List<Remedy> remedies) {

    public Finding {
        remedies = remedies == null ? java.util.List.of() : java.util.List.copyOf(remedies);
    }

    public Finding(String rule, String name, Severity severity, String message, Origin origin, String daemonCode) {
        this(rule, name, severity, message, origin, daemonCode, java.util.List.of());
    }

    // equals and hashCode written out, as in Origin: a record's generated ones are bootstrapped
    // through invokedynamic on first use, which costs a short-lived process more than it saves.
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && Objects.equals(rule, f.rule) && Objects.equals(name, f.name)
                && severity == f.severity && Objects.equals(message, f.message) && Objects.equals(origin, f.origin)
                && Objects.equals(daemonCode, f.daemonCode) && remedies.equals(f.remedies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, message, origin, daemonCode);
    }
}
