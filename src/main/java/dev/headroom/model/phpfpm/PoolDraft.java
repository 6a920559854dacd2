package dev.headroom.model.phpfpm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.headroom.source.Origin;

/**
 * A pool while its files are read: php-fpm's {@code fpm_worker_pool_config_s} before
 * {@code fpm_conf_process_all_pools()} looks at it. A later line replaces an earlier one
 * (each setter overwrites); array entries are kept in file order.
 */
final class PoolDraft {

    /** A value as the setter received it. */
    record Entry(String text, Origin origin) {
    }

    /** {@code php_value[key] = value} and its kin. */
    record ArrayEntry(String key, String value, Origin origin) {
    }

    final String name;
    final Origin origin;
    private final Map<String, Entry> entries = new HashMap<>();
    /** Entries whose last value php-fpm refused (it stops there; the pool checks are not run on them). */
    private final Set<String> refused = new HashSet<>();
    /** {@code php_value} and {@code php_flag}, one list in php-fpm. */
    final List<ArrayEntry> phpValues = new ArrayList<>();
    /** {@code php_admin_value} and {@code php_admin_flag}. */
    final List<ArrayEntry> phpAdminValues = new ArrayList<>();

    PoolDraft(String name, Origin origin) {
        this.name = name;
        this.origin = origin;
    }

    /** @param key the entry's name in lower case */
    void set(String key, Entry e) {
        entries.put(key, e);
        refused.remove(key);
    }

    void refuse(String key) {
        refused.add(key);
    }

    boolean refused(String key) {
        return refused.contains(key);
    }

    Entry get(String key) {
        return entries.get(key);
    }
}
