package dev.headroom.model.systemd.values;

/**
 * {@code Restart=} (systemd.service(5); {@code service_restart_table[]} in
 * {@code src/core/service.c}, v252): when systemd restarts a service whose process exited,
 * was killed or timed out. The default is {@code no}. A rejected value logs
 * {@code Failed to parse service restart specifier, ignoring: X}.
 */
public enum RestartPolicy implements SystemdEnum.Named {
    NO, ON_SUCCESS, ON_FAILURE, ON_ABNORMAL, ON_WATCHDOG, ON_ABORT, ALWAYS;

    public static RestartPolicy parse(String key, String value) throws InvalidValueException {
        return SystemdEnum.parse(RestartPolicy.class, key, value, "Failed to parse service restart specifier");
    }

    @Override
    public String systemdName() {
        return SystemdEnum.nameOf(this);
    }
}
