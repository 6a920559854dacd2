package dev.headroom.model.systemd.values;

/**
 * {@code OOMPolicy=} (systemd.service(5); {@code oom_policy_table[]} in
 * {@code src/core/manager.c}, v252): what systemd does to a service when the kernel OOM killer
 * (or systemd-oomd) kills one of its processes. The default is {@code DefaultOOMPolicy=}
 * ({@code stop} unless configured), except {@code continue} for a unit with {@code Delegate=}
 * on (shared/domain.md C.9). Also read for {@code DefaultOOMPolicy=} in {@code system.conf};
 * the warning is the same for both: {@code Failed to parse OOM policy, ignoring: X}.
 */
public enum OomPolicy implements SystemdEnum.Named {
    /** Log the kill and keep the unit running. */
    CONTINUE,
    /** Stop the whole unit cleanly: every other worker process goes too. */
    STOP,
    /** Set {@code memory.oom.group}, so the kernel kills all the unit's processes. */
    KILL;

    /** systemd's compiled-in {@code DefaultOOMPolicy=}. */
    public static final OomPolicy DEFAULT = STOP;

    public static OomPolicy parse(String key, String value) throws InvalidValueException {
        return SystemdEnum.parse(OomPolicy.class, key, value, "Failed to parse OOM policy");
    }

    @Override
    public String systemdName() {
        return SystemdEnum.nameOf(this);
    }
}
