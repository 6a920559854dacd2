package dev.headroom.model.clamav;

import dev.headroom.model.systemd.ServiceUnit;

/**
 * One freshclam configuration: the file, what freshclam makes of it, and the unit running
 * {@code freshclam -d} (null when none: cron, or run by hand).
 */
public record FreshclamInstance(String path, ClamConfig config, ServiceUnit unit) {
}
