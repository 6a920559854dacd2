package dev.headroom.model.systemd;

import java.util.Set;

/** What headroom knows of a service's daemon from its executable's file name. */
public final class Daemons {

    /** Daemons whose master replaces a worker process it loses. */
    private static final Set<String> WORKER_MASTERS = Set.of("httpd", "apache2", "apachectl", "apache2ctl",
            "nginx", "amavisd", "amavisd-new", "spamd", "dovecot", "master", "varnishd", "uwsgi", "gunicorn");
    /** Daemons headroom models, or whose memory the budget counts. */
    private static final Set<String> KNOWN = Set.of("httpd", "apache2", "apachectl", "apache2ctl", "clamd",
            "freshclam", "mysqld", "mariadbd", "mysqld_safe", "varnishd", "amavisd", "amavisd-new", "tor",
            "nginx", "redis-server", "memcached", "postfix", "master");

    private Daemons() {
    }

    /** php-fpm, php-fpm8.2, php8.2-fpm, php74-php-fpm's php-fpm, ... */
    public static boolean isPhpFpm(String executable) {
        return executable.startsWith("php-fpm") || executable.matches("php[0-9.]*-fpm[0-9.]*");
    }

    /** A master that runs worker processes and starts a new one when one dies. */
    public static boolean runsWorkers(String executable) {
        return executable != null && (WORKER_MASTERS.contains(executable) || isPhpFpm(executable));
    }

    public static boolean isKnown(String executable) {
        return executable != null && (KNOWN.contains(executable) || isPhpFpm(executable));
    }
}
