package dev.headroom.model.phpfpm;

import java.util.List;

import dev.headroom.source.Origin;

/**
 * The pool checks and adjustments of {@code fpm_conf_process_all_pools()} (php-src
 * {@code sapi/fpm/fpm/fpm_conf.c}), in its order, with its messages. php-fpm stops at a pool's
 * first failing check (an ALERT, then exit), so only that one is reported for the pool; the
 * start_servers default is a NOTICE and php-fpm goes on. Checked against php-fpm 8.2 {@code -tt}.
 */
final class PoolCheck {

    private PoolCheck() {
    }

    static PhpFpmPool check(PoolDraft d, List<PhpFpmProblem> out) {
        PoolSetting<ProcessManager> pm = pm(d);
        PoolSetting<Integer> maxChildren = integer(d, "pm.max_children", 0);
        PoolSetting<Integer> start = integer(d, "pm.start_servers", 0);
        PoolSetting<Integer> min = integer(d, "pm.min_spare_servers", 0);
        PoolSetting<Integer> max = integer(d, "pm.max_spare_servers", 0);
        PoolSetting<Integer> spawnRate = integer(d, "pm.max_spawn_rate", 32);
        PoolSetting<Integer> idle = time(d, "pm.process_idle_timeout", 10);
        PoolSetting<Integer> maxRequests = integer(d, "pm.max_requests", 0);
        String pool = "[pool " + d.name + "] ";
        String failure = null;
        Origin at = d.origin;
        if (d.get("user") == null) {
            // Only when php-fpm runs as root without -R: the case of every packaged service.
            failure = pool + "user has not been defined";
        } else if (d.get("listen") == null || d.get("listen").text().isEmpty()) {
            failure = pool + "no listen address have been defined!";
        } else if (pm.value() == null) {
            if (!d.refused("pm")) {
                failure = pool + "the process manager is missing (static, dynamic or ondemand)";
            }
        } else if (maxChildren.value() < 1) {
            failure = d.refused("pm.max_children") ? null : pool + "pm.max_children must be a positive value";
            at = where(maxChildren, d);
        } else if (pm.value() == ProcessManager.DYNAMIC) {
            if (min.value() <= 0) {
                failure = pool + "pm.min_spare_servers(" + min.value() + ") must be a positive value";
                at = where(min, d);
            } else if (max.value() <= 0) {
                failure = pool + "pm.max_spare_servers(" + max.value() + ") must be a positive value";
                at = where(max, d);
            } else if (min.value() > maxChildren.value() || max.value() > maxChildren.value()) {
                failure = pool + "pm.min_spare_servers(" + min.value() + ") and pm.max_spare_servers(" + max.value()
                        + ") cannot be greater than pm.max_children(" + maxChildren.value() + ")";
                at = where(min.value() > maxChildren.value() ? min : max, d);
            } else if (max.value() < min.value()) {
                failure = pool + "pm.max_spare_servers(" + max.value() + ") must not be less than pm.min_spare_servers("
                        + min.value() + ")";
                at = where(max, d);
            } else if (start.value() <= 0) {
                start = PoolSetting.byDefault(min.value() + (max.value() - min.value()) / 2);
                out.add(new PhpFpmProblem(PhpFpmProblem.Kind.START_SERVERS_DEFAULTED, d.origin,
                        pool + "pm.start_servers is not set. It's been set to " + start.value() + "."));
            } else if (start.value() < min.value() || start.value() > max.value()) {
                failure = pool + "pm.start_servers(" + start.value() + ") must not be less than pm.min_spare_servers("
                        + min.value() + ") and not greater than pm.max_spare_servers(" + max.value() + ")";
                at = where(start, d);
            }
            if (failure == null && spawnRate.value() < 1) {
                failure = pool + "pm.max_spawn_rate must be a positive value";
                at = where(spawnRate, d);
            }
        } else if (pm.value() == ProcessManager.ONDEMAND) {
            if (idle.value() < 1) {
                failure = pool + "pm.process_idle_timeout(" + idle.value() + "s) must be greater than 0s";
                at = where(idle, d);
            }
            // "certainly useless but proper": ondemand ignores the spare-server settings.
            start = PoolSetting.byDefault(0);
            min = PoolSetting.byDefault(0);
            max = PoolSetting.byDefault(0);
        }
        if (failure != null) {
            out.add(new PhpFpmProblem(PhpFpmProblem.Kind.POOL_INVALID, at, failure));
        }
        return new PhpFpmPool(d.name, d.origin, pm, maxChildren, start, min, max, idle, maxRequests,
                memoryLimit(d.phpValues), memoryLimit(d.phpAdminValues));
    }

    private static Origin where(PoolSetting<?> s, PoolDraft d) {
        return s.origin() != null ? s.origin() : d.origin;
    }

    private static PoolSetting<ProcessManager> pm(PoolDraft d) {
        PoolDraft.Entry e = d.get("pm");
        if (e == null) {
            return PoolSetting.byDefault(null);
        }
        return new PoolSetting<>(ProcessManager.parse(e.text()), e.text(), e.origin());
    }

    private static PoolSetting<Integer> integer(PoolDraft d, String key, int byDefault) {
        PoolDraft.Entry e = d.get(key);
        return e == null ? PoolSetting.byDefault(byDefault) : new PoolSetting<>(FpmNumbers.atoi(e.text()), e.text(), e.origin());
    }

    private static PoolSetting<Integer> time(PoolDraft d, String key, int byDefault) {
        PoolDraft.Entry e = d.get(key);
        return e == null ? PoolSetting.byDefault(byDefault)
                : new PoolSetting<>(FpmNumbers.seconds(e.text()), e.text(), e.origin());
    }

    /**
     * php-fpm prepends each array entry to a list and applies the list from its head
     * ({@code fpm_conf_set_array}, then {@code fpm_php_apply_defines} in fpm_php.c), so of two
     * lines for one key the one written first is applied last and stays.
     */
    private static PoolSetting<String> memoryLimit(List<PoolDraft.ArrayEntry> entries) {
        for (PoolDraft.ArrayEntry e : entries) {
            // PHP looks ini names up as written: "Memory_Limit" or "memory_limit " is another name.
            if (e.key().equals("memory_limit")) {
                return new PoolSetting<>(e.value(), e.value(), e.origin());
            }
        }
        return null;
    }
}
