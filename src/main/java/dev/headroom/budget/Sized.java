package dev.headroom.budget;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;

/**
 * A size and where it came from: a measurement (the live host or the facts file) under one of
 * several names, or the documented estimate.
 *
 * @param bytes    the size
 * @param measured whether it was measured
 * @param basis    e.g. "375 MiB measured (httpd.child, host.ini)" or "16 MiB estimated"
 */
record Sized(long bytes, boolean measured, String basis) {

    /** The first measurement found under {@code keys}, else the estimate named {@code estimate}. */
    static Sized of(HostFacts facts, String estimate, String... keys) {
        for (String k : keys) {
            Long v = facts.measured(k);
            if (v != null) {
                return new Sized(v, true, Sizes.human(v) + " measured (" + k
                        + (facts.source() == null ? "" : ", " + facts.source()) + ")");
            }
        }
        long e = Estimates.bytes(estimate);
        return new Sized(e, false, Sizes.human(e) + " estimated");
    }
}
