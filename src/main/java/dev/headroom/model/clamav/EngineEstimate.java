package dev.headroom.model.clamav;

import java.util.Map;

/**
 * What clamd needs for one signature database, estimated by {@link EngineModel}.
 *
 * @param signatures       the signatures counted (those of kinds the model knows)
 * @param byKind           the counts per kind used (extension without the dot)
 * @param steadyBytes      clamd's resident memory once loaded: process + engine; also its
 *                         peak during a first start (the load has no transient)
 * @param engineBytes      the engine alone, E: what a concurrent reload or freshclam's
 *                         {@code TestDatabases} loads a second time
 * @param loadCpuSeconds   CPU time of the load on the calibration machine (one thread)
 * @param slowLoadSeconds  the load time to allow for on a small or busy host
 * @param mixAssumed       whether container signatures were spread over kinds by the assumed
 *                         mix (their headers give only a total)
 */
public record EngineEstimate(long signatures, Map<String, Long> byKind, long steadyBytes, long engineBytes,
        double loadCpuSeconds, double slowLoadSeconds, boolean mixAssumed) {

    /** clamd's high-water mark during a reload: steady + E when concurrent, steady otherwise. */
    public long reloadPeakBytes(boolean concurrent) {
        return concurrent ? steadyBytes + engineBytes : steadyBytes;
    }
}
