package dev.headroom.model.phpfpm;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entries php-fpm knows and how it reads each: the tables {@code ini_fpm_global_options}
 * and {@code ini_fpm_pool_options} of php-src {@code sapi/fpm/fpm/fpm_conf.c} (PHP 8.x, with the
 * entries of every {@code #ifdef}, so that no build's entry is called unknown). Names are
 * compared without regard to case ({@code strcasecmp}); an unknown one stops php-fpm.
 */
final class FpmOptions {

    /** The setter php-fpm calls, which decides what a value may be. */
    enum Type {
        /** {@code fpm_conf_set_string}: anything; {@code $pool} is replaced by the pool name. */
        STRING,
        /** {@code fpm_conf_set_integer}: an optional {@code -}, then digits only; then {@code atoi}. */
        INTEGER,
        /** {@code fpm_conf_set_time}: digits with an optional s, m, h or d. */
        TIME,
        /** {@code fpm_conf_set_boolean}: {@code 1} or empty (which yes/no/on/off become). */
        BOOLEAN,
        /** {@code fpm_conf_set_pm}. */
        PROCESS_MANAGER,
        /** {@code fpm_conf_set_log_level}. */
        LOG_LEVEL,
        /** {@code fpm_conf_set_rlimit_core}: {@code unlimited} or an integer of at least 0. */
        RLIMIT_CORE,
        /** {@code fpm_conf_set_syslog_facility}: a syslog facility name. */
        SYSLOG_FACILITY
    }

    private static final Map<String, Type> GLOBAL = table(
            "pid", Type.STRING, "error_log", Type.STRING, "syslog.ident", Type.STRING,
            "syslog.facility", Type.SYSLOG_FACILITY, "log_buffering", Type.BOOLEAN, "log_level", Type.LOG_LEVEL,
            "log_limit", Type.INTEGER, "emergency_restart_threshold", Type.INTEGER,
            "emergency_restart_interval", Type.TIME, "process_control_timeout", Type.TIME,
            "process.max", Type.INTEGER, "process.priority", Type.INTEGER, "daemonize", Type.BOOLEAN,
            "rlimit_files", Type.INTEGER, "rlimit_core", Type.RLIMIT_CORE, "events.mechanism", Type.STRING,
            "systemd_interval", Type.TIME);

    private static final Map<String, Type> POOL = table(
            "prefix", Type.STRING, "user", Type.STRING, "group", Type.STRING, "listen", Type.STRING,
            "listen.backlog", Type.INTEGER, "listen.acl_users", Type.STRING, "listen.acl_groups", Type.STRING,
            "listen.owner", Type.STRING, "listen.group", Type.STRING, "listen.mode", Type.STRING,
            "listen.allowed_clients", Type.STRING, "listen.setfib", Type.INTEGER,
            "process.priority", Type.INTEGER, "process.dumpable", Type.BOOLEAN,
            "pm", Type.PROCESS_MANAGER, "pm.max_children", Type.INTEGER, "pm.start_servers", Type.INTEGER,
            "pm.min_spare_servers", Type.INTEGER, "pm.max_spare_servers", Type.INTEGER,
            "pm.max_spawn_rate", Type.INTEGER, "pm.process_idle_timeout", Type.TIME,
            "pm.max_requests", Type.INTEGER, "pm.status_path", Type.STRING, "pm.status_listen", Type.STRING,
            "ping.path", Type.STRING, "ping.response", Type.STRING, "access.log", Type.STRING,
            "access.format", Type.STRING, "slowlog", Type.STRING, "request_slowlog_timeout", Type.TIME,
            "request_slowlog_trace_depth", Type.INTEGER, "request_terminate_timeout", Type.TIME,
            "request_terminate_timeout_track_finished", Type.BOOLEAN, "rlimit_files", Type.INTEGER,
            "rlimit_core", Type.RLIMIT_CORE, "chroot", Type.STRING, "chdir", Type.STRING,
            "catch_workers_output", Type.BOOLEAN, "decorate_workers_output", Type.BOOLEAN,
            "clear_env", Type.BOOLEAN, "security.limit_extensions", Type.STRING, "apparmor_hat", Type.STRING);

    private FpmOptions() {
    }

    private static Map<String, Type> table(Object... pairs) {
        Map<String, Type> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Type) pairs[i + 1]);
        }
        return m;
    }

    /** The type of a global entry, or null when php-fpm does not know it. */
    static Type global(String name) {
        return GLOBAL.get(name.toLowerCase(Locale.ROOT));
    }

    /** The type of a pool entry, or null when php-fpm does not know it. */
    static Type pool(String name) {
        return POOL.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * php-fpm's complaint about a value, or null when the setter takes it
     * ("unable to parse value for entry 'NAME': ..." follows in its log).
     */
    static String check(Type type, String value) {
        switch (type) {
            case INTEGER:
                return FpmNumbers.isInteger(value) ? null : "is not a valid number (greater or equal than zero)";
            case TIME:
                return FpmNumbers.timeError(value);
            case BOOLEAN:
                return value.equals("1") || value.isEmpty() ? null : "invalid boolean value";
            case PROCESS_MANAGER:
                return ProcessManager.parse(value) != null ? null : "invalid process manager (static, dynamic or ondemand)";
            case LOG_LEVEL:
                return java.util.Set.of("debug", "notice", "warning", "warn", "error", "alert")
                        .contains(value.toLowerCase(Locale.ROOT)) ? null : "invalid value for 'log_level'";
            case RLIMIT_CORE:
                if (value.equalsIgnoreCase("unlimited")) {
                    return null;
                }
                if (!FpmNumbers.isInteger(value)) {
                    return "is not a valid number (greater or equal than zero)";
                }
                return FpmNumbers.atoi(value) < 0 ? "must be greater than zero or 'unlimited'" : null;
            default:
                return null;
        }
    }
}
