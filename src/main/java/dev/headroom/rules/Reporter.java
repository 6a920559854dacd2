package dev.headroom.rules;

import java.util.List;

import dev.headroom.model.Remedy;
import dev.headroom.source.Origin;

/** Where a rule reports: through the origin of a model element, never a hand-made position. */
public interface Reporter {

    /**
     * @param daemonCode the daemon's own message code, or null
     * @param remedies   the changes that would fix it, for the planner; empty when there is no
     *                   change to a file that fixes it (or none headroom can propose)
     */
    void report(Origin origin, String message, String daemonCode, List<Remedy> remedies);

    default void report(Origin origin, String message, String daemonCode) {
        report(origin, message, daemonCode, List.of());
    }

    default void report(Origin origin, String message) {
        report(origin, message, null, List.of());
    }

    default void report(Origin origin, String message, List<Remedy> remedies) {
        report(origin, message, null, remedies);
    }
}
