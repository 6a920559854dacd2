package dev.headroom.overlay;

/**
 * A debug hook for crash-safety tests: with {@code HEADROOM_CRASH_AFTER=N} in the environment the
 * process halts (exit 137, no shutdown hooks, like {@code kill -9}) just before its filesystem
 * step N+1. Without the variable it does nothing.
 */
final class CrashHook {

    static final String VARIABLE = "HEADROOM_CRASH_AFTER";

    private final long limit;
    private long steps;

    private CrashHook(long limit) {
        this.limit = limit;
    }

    static CrashHook fromEnvironment() {
        String v = System.getenv(VARIABLE);
        if (v == null || v.isBlank()) {
            return new CrashHook(Long.MAX_VALUE);
        }
        try {
            return new CrashHook(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return new CrashHook(Long.MAX_VALUE);
        }
    }

    /** Called before every filesystem step. */
    void step() {
        if (steps >= limit) {
            Runtime.getRuntime().halt(137);
        }
        steps++;
    }

    long steps() {
        return steps;
    }
}
