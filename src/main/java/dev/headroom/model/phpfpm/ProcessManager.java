package dev.headroom.model.phpfpm;

import java.util.Locale;

/**
 * How a pool starts and stops its children ({@code pm}), as {@code fpm_conf_set_pm()} in
 * php-src {@code sapi/fpm/fpm/fpm_conf.c} reads it: one of three words, in any case.
 */
public enum ProcessManager {
    /** {@code pm.max_children} children, always. */
    STATIC,
    /** Between the spare-server bounds, up to {@code pm.max_children}. */
    DYNAMIC,
    /** None until a request comes; idle ones end after {@code pm.process_idle_timeout}. */
    ONDEMAND;

    /** The manager a value names, or null (php-fpm: "invalid process manager (static, dynamic or ondemand)"). */
    public static ProcessManager parse(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "static":
                return STATIC;
            case "dynamic":
                return DYNAMIC;
            case "ondemand":
                return ONDEMAND;
            default:
                return null;
        }
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
