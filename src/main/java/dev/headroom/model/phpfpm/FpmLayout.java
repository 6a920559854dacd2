package dev.headroom.model.phpfpm;

import java.util.List;

/**
 * Where packaged php-fpm masters keep their configuration, and the install prefix each was
 * built with (php-fpm's {@code PHP_PREFIX}, which a relative {@code include=} is put after when
 * the service gives no {@code -p}). The prefixes are those of the packages' {@code --prefix}
 * [INF from the layouts; php-fpm -tt of Debian's 8.2 confirms the rule with -p].
 *
 * @param pattern a master file pattern, {@code *} standing for the PHP version or the collection
 * @param prefix  the prefix, {@code *} replaced by what the pattern's {@code *} matched
 */
record FpmLayout(String pattern, String prefix) {

    /** Debian and Ubuntu (one master per version), RHEL/Fedora and IUS, Software Collections, Remi, upstream. */
    static final List<FpmLayout> KNOWN = List.of(
            new FpmLayout("/etc/php/*/fpm/php-fpm.conf", "/usr"),
            new FpmLayout("/etc/php5/fpm/php-fpm.conf", "/usr"),
            new FpmLayout("/etc/php-fpm.conf", "/usr"),
            new FpmLayout("/etc/opt/rh/*/php-fpm.conf", "/opt/rh/*/root/usr"),
            new FpmLayout("/opt/rh/*/root/etc/php-fpm.conf", "/opt/rh/*/root/usr"),
            new FpmLayout("/etc/opt/remi/*/php-fpm.conf", "/opt/remi/*/root/usr"),
            new FpmLayout("/usr/local/etc/php-fpm.conf", "/usr/local"));

    /** The prefix for a master file this layout matched. */
    String prefixFor(String masterPath) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return prefix;
        }
        int end = masterPath.indexOf('/', star);
        String part = masterPath.substring(star, end < 0 ? masterPath.length() : end);
        return prefix.replace("*", part);
    }
}
