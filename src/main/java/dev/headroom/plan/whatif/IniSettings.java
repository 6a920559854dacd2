package dev.headroom.plan.whatif;

import java.util.List;

import dev.headroom.model.Remedy;
import dev.headroom.model.mysql.MysqlConfig;
import dev.headroom.model.mysql.MysqlOption;
import dev.headroom.model.mysql.MysqlSetting;
import dev.headroom.model.phpfpm.PhpFpmPool;
import dev.headroom.model.phpfpm.PoolSetting;

/**
 * The INI-file settings a what-if can change: a php-fpm pool's process manager and memory
 * limit, and the variables of the MySQL/MariaDB memory formula. Each is set on the line that
 * decides it now, or added under the pool's {@code [name]} line (after the server group's last
 * option, for my.cnf).
 */
final class IniSettings {

    static final List<String> POOL = List.of("pm", "pm.max_children", "pm.start_servers", "pm.min_spare_servers",
            "pm.max_spare_servers", "pm.process_idle_timeout", "pm.max_requests", "php_admin_value[memory_limit]",
            "php_value[memory_limit]");
    static final List<String> PM = List.of("static", "dynamic", "ondemand");

    private IniSettings() {
    }

    /** The formula's variables, in its order. */
    static List<String> mysql(MysqlConfig c) {
        return c.memory().all().stream().map(MysqlSetting::variable).toList();
    }

    static PoolSetting<?> poolSetting(PhpFpmPool p, String key) {
        return switch (key) {
            case "pm" -> p.pm();
            case "pm.max_children" -> p.maxChildren();
            case "pm.start_servers" -> p.startServers();
            case "pm.min_spare_servers" -> p.minSpareServers();
            case "pm.max_spare_servers" -> p.maxSpareServers();
            case "pm.process_idle_timeout" -> p.processIdleTimeout();
            case "pm.max_requests" -> p.maxRequests();
            case "php_admin_value[memory_limit]" -> p.phpAdminValueMemoryLimit();
            case "php_value[memory_limit]" -> p.phpValueMemoryLimit();
            default -> null;
        };
    }

    /** The edit that sets it, or null when there is nowhere to put it (no server group in any option file). */
    static Remedy remedy(Target t, String key, String value) {
        if (t.kind() == Target.Kind.PHPFPM_POOL) {
            PoolSetting<?> s = poolSetting(t.pool(), key);
            if (s != null && s.origin() != null) {
                return new Remedy(Remedy.Kind.INI_OPTION, s.origin().file(), key, value, s.origin().line(), 0);
            }
            return new Remedy(Remedy.Kind.INI_OPTION, t.pool().origin().file(), key, value, 0, t.pool().origin().line());
        }
        MysqlSetting now = t.mysql().memory().get(key);
        if (now != null && now.origin() != null) {
            // written as the file writes it (max-connections, loose-...)
            MysqlOption o = t.mysql().serverOptions().stream().filter(x -> now.origin().equals(x.origin()))
                    .findFirst().orElse(null);
            return new Remedy(Remedy.Kind.INI_OPTION, now.origin().file(), o == null ? key : o.name(), value,
                    now.origin().line(), 0);
        }
        List<MysqlOption> server = t.mysql().serverOptions();
        if (server.isEmpty()) {
            return null;
        }
        MysqlOption last = server.get(server.size() - 1);
        return new Remedy(Remedy.Kind.INI_OPTION, last.origin().file(), key, value, 0, last.origin().line());
    }

    /** The effective value, or null. */
    static String value(Target now, String key) {
        if (now.kind() == Target.Kind.PHPFPM_POOL) {
            PoolSetting<?> s = poolSetting(now.pool(), key);
            if (s == null || s.value() == null) {
                return null;
            }
            return s.value() instanceof dev.headroom.model.phpfpm.ProcessManager pm ? pm.word() : s.value().toString();
        }
        MysqlSetting s = now.mysql().memory().get(key);
        return s == null ? null : s.text() != null ? s.text() : String.valueOf(s.value());
    }
}
