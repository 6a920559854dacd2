package dev.headroom.model.httpd;

import java.util.Locale;

/**
 * The three multi-processing modules headroom models, with their compile-time limits and
 * defaults (httpd 2.4 {@code server/mpm/<name>/<name>.c} and {@code mpm_default.h}).
 */
public enum Mpm {
    EVENT(16, 20000, 64, 100000, 25, 3),
    WORKER(16, 20000, 64, 20000, 25, 3),
    PREFORK(256, 200000, 1, 1, 1, 5);

    /** DEFAULT_SERVER_LIMIT, MAX_SERVER_LIMIT, DEFAULT/MAX_THREAD_LIMIT, threads, StartServers. */
    public final int defaultServerLimit;
    public final int maxServerLimit;
    public final int defaultThreadLimit;
    public final int maxThreadLimit;
    public final int defaultThreadsPerChild;
    public final int defaultStartServers;

    Mpm(int defaultServerLimit, int maxServerLimit, int defaultThreadLimit, int maxThreadLimit,
            int defaultThreadsPerChild, int defaultStartServers) {
        this.defaultServerLimit = defaultServerLimit;
        this.maxServerLimit = maxServerLimit;
        this.defaultThreadLimit = defaultThreadLimit;
        this.maxThreadLimit = maxThreadLimit;
        this.defaultThreadsPerChild = defaultThreadsPerChild;
        this.defaultStartServers = defaultStartServers;
    }

    public boolean threaded() {
        return this != PREFORK;
    }

    /** The LoadModule identifier, e.g. {@code mpm_event_module}. */
    public String moduleId() {
        return "mpm_" + label() + "_module";
    }

    /** The module's source file name, which {@code <IfModule>} also accepts: {@code event.c}. */
    public String sourceName() {
        return label() + ".c";
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mpm fromModuleId(String id) {
        for (Mpm m : values()) {
            if (m.moduleId().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
