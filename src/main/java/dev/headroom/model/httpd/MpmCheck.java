package dev.headroom.model.httpd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.httpd.MpmAdjustment.Kind;
import dev.headroom.source.Origin;

/**
 * The MPM's start-up arithmetic, step by step in httpd's own order: {@code event_check_config},
 * {@code worker_check_config} and {@code prefork_check_config} (httpd 2.4
 * {@code server/mpm/*}; shared/domain.md B.3–B.4), then the silent adjustments of
 * {@code event_run}/{@code worker_run}/{@code prefork_run} (B.5). Each step sees the values the
 * previous one left, exactly as in C, including its quirks: AH00515 lowers the number of
 * processes but not the variable MaxRequestWorkers.
 */
public final class MpmCheck {

    /** Startup message codes, indexed by adjustment kind, per MPM. */
    private static final Map<Mpm, Map<Kind, String>> CODES = new EnumMap<>(Mpm.class);

    static {
        CODES.put(Mpm.EVENT, codes("AH00497", "AH00499", "AH00502", "AH00504", "AH00507",
                "AH00509", "AH00511", "AH00513", "AH00515", "AH00517", "AH00519"));
        CODES.put(Mpm.WORKER, codes("AH00300", "AH00302", "AH00305", "AH00307", "AH00310",
                "AH00312", "AH00314", "AH00316", "AH00318", "AH00320", "AH00322"));
        Map<Kind, String> prefork = new EnumMap<>(Kind.class);
        prefork.put(Kind.SERVER_LIMIT_ABOVE_MAX, "AH00175");
        prefork.put(Kind.SERVER_LIMIT_BELOW_ONE, "AH00177");
        prefork.put(Kind.WORKERS_ABOVE_SERVER_LIMIT, "AH00180");
        prefork.put(Kind.WORKERS_BELOW_ONE, "AH00182");
        prefork.put(Kind.START_SERVERS_BELOW_ONE, "AH00184");
        prefork.put(Kind.MIN_SPARE_BELOW_ONE, "AH00186");
        CODES.put(Mpm.PREFORK, prefork);
    }

    /** What each adjustment is computed from, most telling first: the place to blame. */
    private static final Map<Kind, List<MpmDirective>> CAUSES = new EnumMap<>(Kind.class);

    static {
        CAUSES.put(Kind.SERVER_LIMIT_ABOVE_MAX, List.of());
        CAUSES.put(Kind.SERVER_LIMIT_BELOW_ONE, List.of());
        CAUSES.put(Kind.THREAD_LIMIT_ABOVE_MAX, List.of());
        CAUSES.put(Kind.THREAD_LIMIT_BELOW_ONE, List.of());
        CAUSES.put(Kind.THREADS_PER_CHILD_ABOVE_THREAD_LIMIT, List.of(MpmDirective.THREAD_LIMIT));
        CAUSES.put(Kind.THREADS_PER_CHILD_BELOW_ONE, List.of());
        CAUSES.put(Kind.WORKERS_BELOW_THREADS_PER_CHILD, List.of(MpmDirective.THREADS_PER_CHILD));
        CAUSES.put(Kind.WORKERS_NOT_MULTIPLE, List.of(MpmDirective.THREADS_PER_CHILD));
        CAUSES.put(Kind.WORKERS_ABOVE_SERVER_LIMIT, List.of(MpmDirective.SERVER_LIMIT,
                MpmDirective.THREADS_PER_CHILD));
        CAUSES.put(Kind.WORKERS_BELOW_ONE, List.of());
        CAUSES.put(Kind.START_SERVERS_BELOW_ONE, List.of());
        CAUSES.put(Kind.MIN_SPARE_BELOW_ONE, List.of());
        CAUSES.put(Kind.MAX_SPARE_RAISED, List.of(MpmDirective.MIN_SPARE_THREADS,
                MpmDirective.MIN_SPARE_SERVERS, MpmDirective.THREADS_PER_CHILD));
        CAUSES.put(Kind.START_SERVERS_CAPPED, List.of(MpmDirective.MAX_REQUEST_WORKERS,
                MpmDirective.THREADS_PER_CHILD));
    }

    private final Mpm mpm;
    private final Map<MpmDirective, Configured> configured;
    private final Origin mpmOrigin;
    private final int buckets;
    private final List<MpmAdjustment> adjustments = new ArrayList<>();
    private final Map<MpmDirective, String> adjustedBy = new EnumMap<>(MpmDirective.class);
    private final Map<Kind, List<MpmDirective>> causes = new EnumMap<>(CAUSES);

    /**
     * @param configured the last value written for each directive (aliases already folded into
     *                   their canonical directive)
     * @param mpmOrigin  where the MPM was loaded, blamed for adjustments of defaults
     * @param buckets    listener buckets: 1, or online cores / ListenCoresBucketsRatio
     */
    private MpmCheck(Mpm mpm, Map<MpmDirective, Configured> configured, Origin mpmOrigin,
            int buckets) {
        this.mpm = mpm;
        this.configured = configured;
        this.mpmOrigin = mpmOrigin;
        this.buckets = Math.max(1, buckets);
    }

    public static MpmSettings run(Mpm mpm, Map<MpmDirective, Configured> configured,
            Origin mpmOrigin, int onlineCores) {
        int buckets = 1;
        Configured ratio = configured.get(MpmDirective.LISTEN_CORES_BUCKETS_RATIO);
        if (ratio != null) {
            int r = CNumber.atoi(ratio.raw());
            if (r > 0 && onlineCores / r > 0) {
                buckets = onlineCores / r;
            }
        }
        MpmCheck check = new MpmCheck(mpm, configured, mpmOrigin, buckets);
        return mpm.threaded() ? check.threaded() : check.prefork();
    }

    private MpmSettings threaded() {
        int serverLimit = value(MpmDirective.SERVER_LIMIT, mpm.defaultServerLimit);
        int threadLimit = value(MpmDirective.THREAD_LIMIT, mpm.defaultThreadLimit);
        int tpc = value(MpmDirective.THREADS_PER_CHILD, mpm.defaultThreadsPerChild);
        // The default is computed in pre_config from the *defaults*, never from configured values.
        int maxWorkers = value(MpmDirective.MAX_REQUEST_WORKERS,
                mpm.defaultServerLimit * mpm.defaultThreadsPerChild);
        int startServers = value(MpmDirective.START_SERVERS, mpm.defaultStartServers);
        int minSpare = value(MpmDirective.MIN_SPARE_THREADS, 3 * mpm.defaultThreadsPerChild);
        int maxSpare = value(MpmDirective.MAX_SPARE_THREADS, 10 * mpm.defaultThreadsPerChild);

        serverLimit = checkServerLimit(serverLimit);
        if (threadLimit > mpm.maxThreadLimit) {
            adjust(Kind.THREAD_LIMIT_ABOVE_MAX, MpmDirective.THREAD_LIMIT, threadLimit,
                    mpm.maxThreadLimit, "WARNING: ThreadLimit of %d exceeds compile-time limit of %d threads, decreasing to %d.",
                    threadLimit, mpm.maxThreadLimit, mpm.maxThreadLimit);
            threadLimit = mpm.maxThreadLimit;
        } else if (threadLimit < 1) {
            adjust(Kind.THREAD_LIMIT_BELOW_ONE, MpmDirective.THREAD_LIMIT, threadLimit, 1,
                    "WARNING: ThreadLimit of %d not allowed, increasing to 1.", threadLimit);
            threadLimit = 1;
        }
        if (tpc > threadLimit) {
            adjust(Kind.THREADS_PER_CHILD_ABOVE_THREAD_LIMIT, MpmDirective.THREADS_PER_CHILD, tpc,
                    threadLimit, "WARNING: ThreadsPerChild of %d exceeds ThreadLimit of %d threads, decreasing to %d. To increase, please see the ThreadLimit directive.",
                    tpc, threadLimit, threadLimit);
            tpc = threadLimit;
        } else if (tpc < 1) {
            adjust(Kind.THREADS_PER_CHILD_BELOW_ONE, MpmDirective.THREADS_PER_CHILD, tpc, 1,
                    "WARNING: ThreadsPerChild of %d not allowed, increasing to 1.", tpc);
            tpc = 1;
        }
        if (maxWorkers < tpc) {
            adjust(Kind.WORKERS_BELOW_THREADS_PER_CHILD, MpmDirective.MAX_REQUEST_WORKERS,
                    maxWorkers, tpc, "WARNING: MaxRequestWorkers of %d is less than ThreadsPerChild of %d, increasing to %d. MaxRequestWorkers must be at least as large as the number of threads in a single server.",
                    maxWorkers, tpc, tpc);
            maxWorkers = tpc;
        }
        int daemons = maxWorkers / tpc;
        if (maxWorkers % tpc != 0) {
            int nearest = daemons * tpc;
            adjust(Kind.WORKERS_NOT_MULTIPLE, MpmDirective.MAX_REQUEST_WORKERS, maxWorkers, nearest,
                    "WARNING: MaxRequestWorkers of %d is not an integer multiple of ThreadsPerChild of %d, decreasing to nearest multiple %d, for a maximum of %d servers.",
                    maxWorkers, tpc, nearest, daemons);
            maxWorkers = nearest;
        }
        boolean serverLimitCaps = daemons > serverLimit;
        if (serverLimitCaps) {
            adjust(Kind.WORKERS_ABOVE_SERVER_LIMIT, MpmDirective.MAX_REQUEST_WORKERS, maxWorkers,
                    (long) serverLimit * tpc, "WARNING: MaxRequestWorkers of %d would require %d servers and would exceed ServerLimit of %d, decreasing to %d. To increase, please see the ServerLimit directive.",
                    maxWorkers, daemons, serverLimit, serverLimit * tpc);
            daemons = serverLimit;
        }
        startServers = checkStartServers(startServers);
        if (minSpare < 1) {
            adjust(Kind.MIN_SPARE_BELOW_ONE, MpmDirective.MIN_SPARE_THREADS, minSpare, 1,
                    "WARNING: MinSpareThreads of %d not allowed, increasing to 1 to avoid almost certain server failure. Please read the documentation.",
                    minSpare);
            minSpare = 1;
        }

        // event_run()/worker_run(): silent, never printed, applied when the server starts.
        daemons = Math.max(daemons, buckets);
        startServers = Math.max(startServers, buckets);
        minSpare = Math.max(minSpare, tpc * (buckets - 1) + buckets);
        int maxSpareFloor = minSpare + (tpc + 1) * buckets;
        if (maxSpare < maxSpareFloor) {
            silent(Kind.MAX_SPARE_RAISED, MpmDirective.MAX_SPARE_THREADS, maxSpare, maxSpareFloor,
                    String.format("MaxSpareThreads of %d is raised at start-up to %d (MinSpareThreads %d + ThreadsPerChild %d + 1): with less, stopping one idle child would go below MinSpareThreads and httpd would start another at once",
                            maxSpare, maxSpareFloor, minSpare, tpc));
            maxSpare = maxSpareFloor;
        }
        if (startServers > daemons) {
            if (serverLimitCaps) {
                causes.put(Kind.START_SERVERS_CAPPED, List.of(MpmDirective.SERVER_LIMIT,
                        MpmDirective.MAX_REQUEST_WORKERS));
            }
            silent(Kind.START_SERVERS_CAPPED, MpmDirective.START_SERVERS, startServers, daemons,
                    String.format("StartServers of %d is more than the %d processes MaxRequestWorkers allows; httpd starts %d",
                            startServers, daemons, daemons));
        }

        Map<String, Setting> out = new LinkedHashMap<>();
        put(out, MpmDirective.SERVER_LIMIT, serverLimit);
        put(out, MpmDirective.THREAD_LIMIT, threadLimit);
        put(out, MpmDirective.THREADS_PER_CHILD, tpc);
        put(out, MpmDirective.MAX_REQUEST_WORKERS, daemons * tpc);
        put(out, MpmDirective.START_SERVERS, Math.min(startServers, daemons));
        put(out, MpmDirective.MIN_SPARE_THREADS, minSpare);
        put(out, MpmDirective.MAX_SPARE_THREADS, maxSpare);
        common(out);
        if (mpm == Mpm.EVENT) {
            put(out, MpmDirective.ASYNC_REQUEST_WORKER_FACTOR, asyncFactor());
        }
        return new MpmSettings(mpm, out, daemons, daemons * tpc, List.copyOf(adjustments));
    }

    private MpmSettings prefork() {
        int serverLimit = value(MpmDirective.SERVER_LIMIT, mpm.defaultServerLimit);
        int maxWorkers = value(MpmDirective.MAX_REQUEST_WORKERS, mpm.defaultServerLimit);
        int startServers = value(MpmDirective.START_SERVERS, mpm.defaultStartServers);
        int minSpare = value(MpmDirective.MIN_SPARE_SERVERS, 5);
        int maxSpare = value(MpmDirective.MAX_SPARE_SERVERS, 10);

        serverLimit = checkServerLimit(serverLimit);
        if (maxWorkers > serverLimit) {
            adjust(Kind.WORKERS_ABOVE_SERVER_LIMIT, MpmDirective.MAX_REQUEST_WORKERS, maxWorkers,
                    serverLimit, "WARNING: MaxRequestWorkers of %d exceeds ServerLimit value of %d servers, decreasing MaxRequestWorkers to %d. To increase, please see the ServerLimit directive.",
                    maxWorkers, serverLimit, serverLimit);
            maxWorkers = serverLimit;
        } else if (maxWorkers < 1) {
            adjust(Kind.WORKERS_BELOW_ONE, MpmDirective.MAX_REQUEST_WORKERS, maxWorkers, 1,
                    "WARNING: MaxRequestWorkers of %d not allowed, increasing to 1.", maxWorkers);
            maxWorkers = 1;
        }
        startServers = checkStartServers(startServers);
        if (minSpare < 1) {
            adjust(Kind.MIN_SPARE_BELOW_ONE, MpmDirective.MIN_SPARE_SERVERS, minSpare, 1,
                    "WARNING: MinSpareServers of %d not allowed, increasing to 1 to avoid almost certain server failure. Please read the documentation.",
                    minSpare);
            minSpare = 1;
        }

        // prefork_run(): silent.
        maxWorkers = Math.max(maxWorkers, buckets);
        startServers = Math.max(startServers, buckets);
        minSpare = Math.max(minSpare, buckets);
        int maxSpareFloor = minSpare + buckets;
        if (maxSpare < maxSpareFloor) {
            silent(Kind.MAX_SPARE_RAISED, MpmDirective.MAX_SPARE_SERVERS, maxSpare, maxSpareFloor,
                    String.format("MaxSpareServers of %d is raised at start-up to %d (MinSpareServers %d + 1)",
                            maxSpare, maxSpareFloor, minSpare));
            maxSpare = maxSpareFloor;
        }
        if (startServers > maxWorkers) {
            silent(Kind.START_SERVERS_CAPPED, MpmDirective.START_SERVERS, startServers, maxWorkers,
                    String.format("StartServers of %d is more than MaxRequestWorkers %d; httpd starts %d",
                            startServers, maxWorkers, maxWorkers));
        }

        Map<String, Setting> out = new LinkedHashMap<>();
        put(out, MpmDirective.SERVER_LIMIT, serverLimit);
        put(out, MpmDirective.MAX_REQUEST_WORKERS, maxWorkers);
        put(out, MpmDirective.START_SERVERS, Math.min(startServers, maxWorkers));
        put(out, MpmDirective.MIN_SPARE_SERVERS, minSpare);
        put(out, MpmDirective.MAX_SPARE_SERVERS, maxSpare);
        common(out);
        return new MpmSettings(mpm, out, maxWorkers, maxWorkers, List.copyOf(adjustments));
    }

    /** Steps shared by all three MPMs, with the same texts (only the codes differ). */
    private int checkServerLimit(int serverLimit) {
        if (serverLimit > mpm.maxServerLimit) {
            adjust(Kind.SERVER_LIMIT_ABOVE_MAX, MpmDirective.SERVER_LIMIT, serverLimit,
                    mpm.maxServerLimit, "WARNING: ServerLimit of %d exceeds compile-time limit of %d servers, decreasing to %d.",
                    serverLimit, mpm.maxServerLimit, mpm.maxServerLimit);
            return mpm.maxServerLimit;
        }
        if (serverLimit < 1) {
            adjust(Kind.SERVER_LIMIT_BELOW_ONE, MpmDirective.SERVER_LIMIT, serverLimit, 1,
                    "WARNING: ServerLimit of %d not allowed, increasing to 1.", serverLimit);
            return 1;
        }
        return serverLimit;
    }

    private int checkStartServers(int startServers) {
        if (startServers < 1) {
            adjust(Kind.START_SERVERS_BELOW_ONE, MpmDirective.START_SERVERS, startServers, 1,
                    "WARNING: StartServers of %d not allowed, increasing to 1.", startServers);
            return 1;
        }
        return startServers;
    }

    private void common(Map<String, Setting> out) {
        put(out, MpmDirective.MAX_CONNECTIONS_PER_CHILD,
                value(MpmDirective.MAX_CONNECTIONS_PER_CHILD, 0));
        Configured memFree = configured.get(MpmDirective.MAX_MEM_FREE);
        // MaxMemFree is in KiB; strtol, and 0 means "unlimited" (mpm_common.c).
        put(out, MpmDirective.MAX_MEM_FREE,
                memFree == null ? 2048 : (int) Math.max(0, CNumber.strtol(memFree.raw())));
        put(out, MpmDirective.LISTEN_CORES_BUCKETS_RATIO,
                value(MpmDirective.LISTEN_CORES_BUCKETS_RATIO, 0));
    }

    /** AsyncRequestWorkerFactor as event stores it: (unsigned)(val*16), at least 16. */
    private double asyncFactor() {
        Configured c = configured.get(MpmDirective.ASYNC_REQUEST_WORKER_FACTOR);
        double v = c == null ? 2.0 : CNumber.strtodWhole(c.raw()).orElse(2.0);
        if (!(v > 0) || Double.isInfinite(v)) {
            return 2.0;
        }
        return Math.max(16, (long) (v * 16)) / 16.0;
    }

    private int value(MpmDirective d, int fallback) {
        Configured c = configured.get(d);
        return c == null ? fallback : CNumber.atoi(c.raw());
    }

    private void put(Map<String, Setting> out, MpmDirective d, Number value) {
        Configured c = configured.get(d);
        String by = adjustedBy.get(d);
        String raw = c != null && by != null ? c.raw() : null;
        out.put(d.directive, new Setting(value, c == null ? null : c.origin(), raw, by));
    }

    private void adjust(Kind kind, MpmDirective d, long from, long to, String format,
            Object... args) {
        String code = CODES.get(mpm).get(kind);
        adjustments.add(new MpmAdjustment(kind, d, code, from, to,
                String.format(format, args), blame(d, causes.get(kind))));
        adjustedBy.put(d, code);
    }

    private void silent(Kind kind, MpmDirective d, long from, long to, String message) {
        adjustments.add(new MpmAdjustment(kind, d, null, from, to, message, blame(d, causes.get(kind))));
        adjustedBy.putIfAbsent(d, "run-time");
    }

    /** The adjusted directive when written, else the first written one that caused the change. */
    private Origin blame(MpmDirective d, List<MpmDirective> causes) {
        Configured c = configured.get(d);
        if (c != null) {
            return c.origin();
        }
        for (MpmDirective cause : causes) {
            Configured k = configured.get(cause);
            if (k != null) {
                return k.origin();
            }
        }
        return mpmOrigin;
    }

    private static Map<Kind, String> codes(String... c) {
        Kind[] order = {Kind.SERVER_LIMIT_ABOVE_MAX, Kind.SERVER_LIMIT_BELOW_ONE,
            Kind.THREAD_LIMIT_ABOVE_MAX, Kind.THREAD_LIMIT_BELOW_ONE,
            Kind.THREADS_PER_CHILD_ABOVE_THREAD_LIMIT, Kind.THREADS_PER_CHILD_BELOW_ONE,
            Kind.WORKERS_BELOW_THREADS_PER_CHILD, Kind.WORKERS_NOT_MULTIPLE,
            Kind.WORKERS_ABOVE_SERVER_LIMIT, Kind.START_SERVERS_BELOW_ONE,
            Kind.MIN_SPARE_BELOW_ONE};
        Map<Kind, String> m = new EnumMap<>(Kind.class);
        for (int i = 0; i < order.length; i++) {
            m.put(order[i], c[i]);
        }
        return m;
    }
}
