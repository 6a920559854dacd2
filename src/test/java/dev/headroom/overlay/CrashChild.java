package dev.headroom.overlay;

import java.nio.file.Path;

/**
 * The apply run in a child JVM by {@link CrashSafetyTest}: with {@code HEADROOM_CRASH_AFTER=N}
 * it dies like {@code kill -9} after N filesystem steps. Exit 0 when the apply finished.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        ApplyResult r = Applier.apply(root, OverlayPlan.of(root, OverlayFixture.changes()), Validator.none());
        System.out.println(r.message());
        System.exit(r.ok() ? 0 : 2);
    }
}
