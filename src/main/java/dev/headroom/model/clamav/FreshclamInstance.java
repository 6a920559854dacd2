package dev.headroom.model.clamav;

import dev.headroom.model.systemd.ServiceUnit;

/**
 * One freshclam configuration: the file, what freshclam makes of it, and the unit running
 * {@code freshclam -d} (null when none: cron, or run by hand).
 */
public record FreshclamInstance(String path, ClamConfig config, ServiceUnit unit) {

    /** The directory freshclam writes the databases to. */
    public String databaseDirectory() {
        return ClamdInstance.databaseDirectory(config);
    }

    /** Whether freshclam loads each new database into its own memory before it replaces the old one. */
    public boolean testDatabases() {
        return config.value("TestDatabases").map(ClamValue::enabled).orElse(false);
    }

    /** Update checks per day ({@code Checks}, 12 by default; 0 and above 50 are refused). */
    public long checksPerDay() {
        return config.value("Checks").map(ClamValue::number).orElse(12L);
    }
}
