package dev.headroom.budget;

import dev.headroom.source.Origin;

/**
 * One service's memory: steady, and at its peak, with how each was obtained.
 *
 * @param name      what the report calls it: the unit ({@code clamd@scan.service}) or the daemon
 * @param kind      {@code httpd}, {@code clamd}, {@code freshclam}, {@code measured}, ...
 * @param steady    bytes resident in normal running
 * @param peak      bytes at its peak moment (≥ steady)
 * @param moment    when the peak happens
 * @param basis     how the figures were obtained: the measurement, or the formula with its inputs
 * @param estimated whether a figure rests on an estimate rather than a measurement
 * @param lever     the setting that decides the peak (where a fix would go), or null
 */
public record ServiceMemory(String name, String kind, long steady, long peak, Moment moment, String basis,
        boolean estimated, Origin lever) {

    public ServiceMemory {
        if (peak < steady) {
            peak = steady;
        }
    }

    /** What the peak adds to the steady size. */
    public long extra() {
        return peak - steady;
    }
}
