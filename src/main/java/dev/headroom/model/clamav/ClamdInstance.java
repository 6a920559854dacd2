package dev.headroom.model.clamav;

import dev.headroom.model.systemd.ServiceUnit;

/**
 * One clamd as it will run: the configuration file it reads, and the unit that starts it (null
 * when no unit runs it, e.g. a configuration file found on disk or named on the command line).
 *
 * @param path   the configuration file as clamd names it (its server path)
 * @param config what clamd makes of that file
 * @param unit   the service running this clamd, or null
 */
public record ClamdInstance(String path, ClamConfig config, ServiceUnit unit) {

    /** What to call it in messages: the unit when there is one, else the file. */
    public String name() {
        return unit != null ? unit.name() : config.file();
    }
}
