package dev.headroom.model.httpd;

import java.util.EnumSet;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;

/**
 * The directives the MPMs register, with the MPMs that register each one and the help text
 * httpd prints in "takes one argument, ..." errors (strings checked in Debian's
 * {@code mod_mpm_*.so} and {@code apache2} 2.4.71). A directive of another MPM is an invalid
 * command for httpd, which is why distributions wrap MPM blocks in {@code <IfModule>}.
 */
public enum MpmDirective {
    SERVER_LIMIT("ServerLimit", EnumSet.allOf(Mpm.class),
            "Maximum number of child processes for this run of Apache"),
    THREAD_LIMIT("ThreadLimit", EnumSet.of(Mpm.EVENT, Mpm.WORKER),
            "Maximum number of worker threads per child process for this run of Apache - Upper limit for ThreadsPerChild"),
    THREADS_PER_CHILD("ThreadsPerChild", EnumSet.of(Mpm.EVENT, Mpm.WORKER),
            "Number of threads each child creates"),
    START_SERVERS("StartServers", EnumSet.allOf(Mpm.class),
            "Number of child processes launched at server startup"),
    MIN_SPARE_THREADS("MinSpareThreads", EnumSet.of(Mpm.EVENT, Mpm.WORKER),
            "Minimum number of idle threads, to handle request spikes"),
    MAX_SPARE_THREADS("MaxSpareThreads", EnumSet.of(Mpm.EVENT, Mpm.WORKER),
            "Maximum number of idle threads"),
    MIN_SPARE_SERVERS("MinSpareServers", EnumSet.of(Mpm.PREFORK),
            "Minimum number of idle children, to handle request spikes"),
    MAX_SPARE_SERVERS("MaxSpareServers", EnumSet.of(Mpm.PREFORK),
            "Maximum number of idle children"),
    MAX_REQUEST_WORKERS("MaxRequestWorkers", EnumSet.allOf(Mpm.class),
            "Maximum number of threads alive at the same time"),
    MAX_CLIENTS("MaxClients", EnumSet.allOf(Mpm.class), "Deprecated name of MaxRequestWorkers"),
    MAX_CONNECTIONS_PER_CHILD("MaxConnectionsPerChild", EnumSet.allOf(Mpm.class),
            "Maximum number of connections a particular child serves before dying."),
    MAX_REQUESTS_PER_CHILD("MaxRequestsPerChild", EnumSet.allOf(Mpm.class),
            "Maximum number of connections a particular child serves before dying. (DEPRECATED, use MaxConnectionsPerChild)"),
    ASYNC_REQUEST_WORKER_FACTOR("AsyncRequestWorkerFactor", EnumSet.of(Mpm.EVENT),
            "How many additional connects will be accepted per idle worker thread"),
    MAX_MEM_FREE("MaxMemFree", EnumSet.allOf(Mpm.class),
            "Maximum number of 1k blocks a particular child's allocator may hold."),
    LISTEN_CORES_BUCKETS_RATIO("ListenCoresBucketsRatio", EnumSet.allOf(Mpm.class),
            "Ratio between the number of CPU cores (online) and the number of listeners buckets"),
    GRACEFUL_SHUTDOWN_TIMEOUT("GracefulShutdownTimeout", EnumSet.allOf(Mpm.class),
            "Maximum time in seconds to wait for child processes to complete transactions during shutdown"),
    LISTEN_BACKLOG("ListenBacklog", EnumSet.allOf(Mpm.class),
            "Maximum length of the queue of pending connections, as used by listen(2)");

    /** Case-insensitive, as httpd matches names, without lower-casing every line read. */
    private static final Map<String, MpmDirective> BY_NAME = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (MpmDirective d : values()) {
            BY_NAME.put(d.directive, d);
        }
    }

    public final String directive;
    private final Set<Mpm> mpms;
    private final String help;

    MpmDirective(String directive, Set<Mpm> mpms, String help) {
        this.directive = directive;
        this.mpms = mpms;
        this.help = help;
    }

    /** The directive with this name, compared as httpd does (case-insensitively), or null. */
    public static MpmDirective byName(String name) {
        return BY_NAME.get(name);
    }

    public boolean validFor(Mpm mpm) {
        return mpms.contains(mpm);
    }

    /** The help text httpd prints with an argument-count error; prefork words some differently. */
    public String help(Mpm mpm) {
        if (mpm == Mpm.PREFORK) {
            switch (this) {
                case SERVER_LIMIT:
                    return "Maximum value of MaxRequestWorkers for this run of Apache";
                case MAX_REQUEST_WORKERS:
                    return "Maximum number of children alive at the same time";
                default:
                    break;
            }
        }
        return help;
    }

    /** The directive an alias stands for (MaxClients, MaxRequestsPerChild), else itself. */
    public MpmDirective canonical() {
        switch (this) {
            case MAX_CLIENTS:
                return MAX_REQUEST_WORKERS;
            case MAX_REQUESTS_PER_CHILD:
                return MAX_CONNECTIONS_PER_CHILD;
            default:
                return this;
        }
    }
}
