package dev.headroom.model.clamav;

import java.util.Locale;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;

/**
 * One clamd's memory: its steady size and the engine a reload or a test load duplicates, from a
 * measurement when the facts have one (DESIGN.md §3: measured beats estimated), else from the
 * calibrated estimate.
 *
 * @param steadyBytes  resident size once loaded
 * @param engineBytes  the engine alone, E (steady minus the process, which a reload does not duplicate)
 * @param measuredAs   the facts key the steady size was taken from, or null for an estimate
 * @param estimate     the estimate from the signature database (kept for its load time and counts)
 */
public record ClamdMemory(long steadyBytes, long engineBytes, String measuredAs, EngineEstimate estimate) {

    /**
     * The figures for one clamd. A measurement is looked up under the unit's name without
     * {@code .service} ({@code clamd@scan}), then, when this is the only clamd, under {@code clamd}.
     */
    public static ClamdMemory of(ClamdInstance c, HostFacts facts, boolean onlyClamd) {
        EngineEstimate e = c.estimate();
        String key = null;
        if (c.unit() != null) {
            String n = c.unit().name();
            key = n.endsWith(".service") ? n.substring(0, n.length() - ".service".length()) : n;
        }
        Long measured = key == null ? null : facts.measured(key);
        if (measured == null && onlyClamd) {
            key = "clamd";
            measured = facts.measured(key);
        }
        if (measured == null) {
            return new ClamdMemory(e.steadyBytes(), e.engineBytes(), null, e);
        }
        long engine = Math.max(0, measured - EngineModel.calibrated().processBytes());
        return new ClamdMemory(measured, engine, key, e);
    }

    /** The high-water mark of a reload. */
    public long reloadPeakBytes(boolean concurrent) {
        return concurrent ? steadyBytes + engineBytes : steadyBytes;
    }

    /** How the steady figure was obtained, for messages: "measured (clamd = 800M)" or "estimated". */
    public String basis(String factsSource) {
        if (measuredAs != null) {
            return "measured: " + measuredAs + " = " + Sizes.human(steadyBytes)
                    + (factsSource == null ? "" : " in " + factsSource);
        }
        return String.format(Locale.ROOT, "estimated from %,d signatures%s", estimate.signatures(),
                estimate.mixAssumed() ? ", split by kind as assumed for the official databases" : "");
    }
}
