package dev.headroom.model.phpfpm;

import java.util.Locale;

import dev.headroom.source.Origin;

/**
 * One php-fpm pool as the master runs it: the values after {@code fpm_conf_process_all_pools()}
 * (php-src {@code sapi/fpm/fpm/fpm_conf.c}) has checked and adjusted them, each with the line
 * that sets it (none for a default or an adjustment by php-fpm).
 *
 * @param name                     the section name as first written ({@code [www]}); sections
 *                                 of the same name in any case are one pool
 * @param origin                   the first {@code [name]} line
 * @param pm                       the process manager; its value is null when none is set (php-fpm refuses the pool)
 * @param maxChildren              {@code pm.max_children}: required, no default (0 when unset)
 * @param startServers             {@code pm.start_servers}; for dynamic, php-fpm's
 *                                 {@code min + (max - min) / 2} when unset; 0 for ondemand
 * @param minSpareServers          {@code pm.min_spare_servers}; 0 for ondemand
 * @param maxSpareServers          {@code pm.max_spare_servers}; 0 for ondemand
 * @param processIdleTimeout       {@code pm.process_idle_timeout} in seconds (default 10)
 * @param maxRequests              {@code pm.max_requests} (default 0: children are never recycled)
 * @param phpValueMemoryLimit      {@code php_value[memory_limit]}, or null
 * @param phpAdminValueMemoryLimit {@code php_admin_value[memory_limit]}, or null
 */
public record PhpFpmPool(String name, Origin origin, PoolSetting<ProcessManager> pm, PoolSetting<Integer> maxChildren,
        PoolSetting<Integer> startServers, PoolSetting<Integer> minSpareServers, PoolSetting<Integer> maxSpareServers,
        PoolSetting<Integer> processIdleTimeout, PoolSetting<Integer> maxRequests,
        PoolSetting<String> phpValueMemoryLimit, PoolSetting<String> phpAdminValueMemoryLimit) {

    /**
     * The most child processes the pool can run at once: {@code pm.max_children} whatever the
     * manager (static keeps that many, dynamic and ondemand stop there); 0 when it is not valid.
     */
    public int maxProcesses() {
        Integer n = maxChildren.value();
        return n == null || n < 1 ? 0 : n;
    }

    /**
     * The {@code memory_limit} a request starts with: {@code php_admin_value} when set (php-fpm
     * applies it after {@code php_value}, and a script cannot raise it), else {@code php_value}
     * (a script may raise it with {@code ini_set}); null when the pool sets neither and php.ini decides.
     */
    public PoolSetting<String> memoryLimit() {
        return phpAdminValueMemoryLimit != null ? phpAdminValueMemoryLimit : phpValueMemoryLimit;
    }

    /**
     * {@link #memoryLimit()} in bytes, as PHP reads a size ({@code zend_ini_parse_quantity}: digits
     * and an optional k, m or g, base 1024): -1 for no limit, null when unset or not a size.
     */
    public Long memoryLimitBytes() {
        PoolSetting<String> m = memoryLimit();
        if (m == null) {
            return null;
        }
        String v = m.value().strip().toLowerCase(Locale.ROOT);
        if (v.equals("-1")) {
            return -1L;
        }
        long factor = 1;
        if (!v.isEmpty() && "kmg".indexOf(v.charAt(v.length() - 1)) >= 0) {
            factor = 1L << (10 * ("kmg".indexOf(v.charAt(v.length() - 1)) + 1));
            v = v.substring(0, v.length() - 1);
        }
        if (v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9') || v.length() > 12) {
            return null;
        }
        return Long.parseLong(v) * factor;
    }
}
