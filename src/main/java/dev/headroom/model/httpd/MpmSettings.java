package dev.headroom.model.httpd;

import java.util.List;
import java.util.Map;

/**
 * What the MPM will really run with, after every adjustment httpd makes at start-up.
 *
 * @param settings       effective value of each MPM directive, by its canonical name, in a
 *                       stable order
 * @param maxProcesses   the most child processes that can serve at once ({@code
 *                       active_daemons_limit}, or MaxRequestWorkers for prefork)
 * @param workers        the most requests served at once: processes × ThreadsPerChild
 * @param adjustments    httpd's changes, in the order it makes them
 */
public record MpmSettings(Mpm mpm, Map<String, Setting> settings, int maxProcesses, int workers,
        List<MpmAdjustment> adjustments) {

    public int value(MpmDirective d) {
        Setting s = settings.get(d.directive);
        return s == null ? 0 : s.value().intValue();
    }
}
