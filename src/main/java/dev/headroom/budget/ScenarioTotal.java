package dev.headroom.budget;

import java.util.Map;

/**
 * One scenario added up.
 *
 * @param scenario which
 * @param total    bytes in all
 * @param parts    bytes per service, in the budget's service order
 * @param fits     whether the total stays within RAM less the reserve
 */
public record ScenarioTotal(Scenario scenario, long total, Map<String, Long> parts, boolean fits) {

    public ScenarioTotal {
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }
}
