package dev.headroom.model.systemd.values;

/**
 * {@code Type=} of a service (systemd.service(5); {@code service_type_table[]} in
 * {@code src/core/service.c}, v252). It decides when systemd considers the service started,
 * and so whether {@code TimeoutStartSec=} covers the daemon's own initialisation, e.g. clamd
 * loading its signature databases (shared/domain.md C.8).
 *
 * <p>252 has no {@code notify-reload} (added in 253): {@code Type=notify-reload} is
 * {@code Failed to parse service type, ignoring: notify-reload}, and the names are
 * case-sensitive ({@code Type=Notify} is rejected too).
 */
public enum ServiceType implements SystemdEnum.Named {
    /** Started right after {@code fork()}: the main process's start-up is not timed. */
    SIMPLE(false),
    /** Started after a successful {@code execve()}: still before the daemon initialises. */
    EXEC(false),
    /** Started when the parent exits: a daemon that loads before forking is timed. */
    FORKING(true),
    /** Started when the main process exits; without a timeout set, the timeout is infinite. */
    ONESHOT(true),
    /** Started when the {@code BusName=} is taken on D-Bus. */
    DBUS(true),
    /** Started on {@code READY=1} from {@code sd_notify()}. */
    NOTIFY(true),
    /** Like simple, with execution delayed until jobs are dispatched (at most 5 s). */
    IDLE(false);

    private final boolean startWaitsForDaemon;

    ServiceType(boolean startWaitsForDaemon) {
        this.startWaitsForDaemon = startWaitsForDaemon;
    }

    public static ServiceType parse(String key, String value) throws InvalidValueException {
        return SystemdEnum.parse(ServiceType.class, key, value, "Failed to parse service type");
    }

    @Override
    public String systemdName() {
        return SystemdEnum.nameOf(this);
    }

    /**
     * Whether systemd waits, under {@code TimeoutStartSec=}, for the daemon itself to finish
     * starting (forking, notify, dbus, oneshot), rather than only for the process to be
     * spawned (simple, exec, idle), after which only {@code ExecStartPre=}/{@code ExecStartPost=}
     * are timed.
     */
    public boolean startWaitsForDaemon() {
        return startWaitsForDaemon;
    }
}
