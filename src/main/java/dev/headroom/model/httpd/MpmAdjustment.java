package dev.headroom.model.httpd;

import dev.headroom.source.Origin;

/**
 * One change httpd makes to the configured MPM values at start-up, in the order it makes them.
 *
 * @param daemonCode the AH code httpd prints for it on start-up or {@code -t}; null for the
 *                   silent run-time adjustments that httpd does not print
 * @param origin     the directive to blame: the adjusted one when configured, else the one that
 *                   caused the change, else where the MPM was loaded
 */
public record MpmAdjustment(Kind kind, MpmDirective directive, String daemonCode, long from,
        long to, String message, Origin origin) {

    public enum Kind {
        SERVER_LIMIT_ABOVE_MAX,
        SERVER_LIMIT_BELOW_ONE,
        THREAD_LIMIT_ABOVE_MAX,
        THREAD_LIMIT_BELOW_ONE,
        THREADS_PER_CHILD_ABOVE_THREAD_LIMIT,
        THREADS_PER_CHILD_BELOW_ONE,
        WORKERS_BELOW_THREADS_PER_CHILD,
        WORKERS_NOT_MULTIPLE,
        WORKERS_ABOVE_SERVER_LIMIT,
        WORKERS_BELOW_ONE,
        START_SERVERS_BELOW_ONE,
        MIN_SPARE_BELOW_ONE,
        /** Silent: MaxSpareThreads/Servers raised so that stopping one child cannot go under Min. */
        MAX_SPARE_RAISED,
        /** Silent: more StartServers than the server may ever run. */
        START_SERVERS_CAPPED
    }
}
