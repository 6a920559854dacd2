package dev.headroom.plan.whatif;

import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.mysql.MysqlConfig;
import dev.headroom.model.phpfpm.PhpFpmPool;
import dev.headroom.model.systemd.ServiceUnit;

/**
 * Something a what-if can change: the host's facts, a daemon's configuration, or a systemd unit.
 *
 * @param name  what the user types: {@code host}, {@code httpd}, {@code clamd}, {@code clamav-freshclam.service}
 * @param kind  what it is
 * @param httpd the httpd configuration ({@link Kind#HTTPD}), else null
 * @param clam  the clamd.conf or freshclam.conf ({@link Kind#CLAMD}, {@link Kind#FRESHCLAM}), else null
 * @param unit  the unit ({@link Kind#UNIT}), or the unit that runs the daemon; null when none
 * @param pool  the php-fpm pool ({@link Kind#PHPFPM_POOL}), else null
 * @param mysql the MySQL/MariaDB server options ({@link Kind#MYSQL}), else null
 */
public record Target(String name, Kind kind, HttpdConfig httpd, ClamConfig clam, ServiceUnit unit, PhpFpmPool pool,
        MysqlConfig mysql) {

    /** The kinds of target. */
    public enum Kind {
        HOST, HTTPD, CLAMD, FRESHCLAM, UNIT, PHPFPM_POOL, MYSQL
    }

    /** A target that is not a php-fpm pool or MySQL. */
    public Target(String name, Kind kind, HttpdConfig httpd, ClamConfig clam, ServiceUnit unit) {
        this(name, kind, httpd, clam, unit, null, null);
    }

    /** One line for completion and {@code help set}: what it is. */
    public String describe() {
        return switch (kind) {
            case HOST -> "the machine: ram, swap, cpus, measured sizes";
            case HTTPD -> "httpd " + (httpd.mpm() == null ? "" : httpd.mpm().mpm().name().toLowerCase(java.util.Locale.ROOT)
                    + " MPM ") + "(" + httpd.mainDisplay() + ")";
            case CLAMD, FRESHCLAM -> clam.file() + (unit == null ? "" : " (" + unit.name() + ")");
            case UNIT -> "systemd unit (" + unit.fragment() + ")";
            case PHPFPM_POOL -> "php-fpm pool [" + pool.name() + "] (" + pool.origin().file() + ")";
            case MYSQL -> "MySQL/MariaDB server options (" + mysql.files().size() + " option files)";
        };
    }
}
