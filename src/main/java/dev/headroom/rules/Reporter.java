package dev.headroom.rules;

import dev.headroom.source.Origin;

/** Where a rule reports: through the origin of a model element, never a hand-made position. */
public interface Reporter {

    void report(Origin origin, String message, String daemonCode);

    default void report(Origin origin, String message) {
        report(origin, message, null);
    }
}
