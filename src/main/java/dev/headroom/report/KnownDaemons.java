package dev.headroom.report;

import java.util.Set;

/** Daemons headroom has a model for, or whose memory the budget will count. */
final class KnownDaemons {

    private static final Set<String> NAMES = Set.of("httpd", "apache2", "apachectl", "apache2ctl", "clamd",
            "freshclam", "mysqld", "mariadbd", "mysqld_safe", "varnishd", "amavisd", "amavisd-new", "tor",
            "nginx", "redis-server", "memcached", "postfix", "master", "php-fpm");

    private KnownDaemons() {
    }

    static boolean isKnown(String executable) {
        return executable != null && (NAMES.contains(executable) || executable.startsWith("php-fpm")
                || executable.matches("php[0-9.]*-fpm[0-9.]*"));
    }
}
