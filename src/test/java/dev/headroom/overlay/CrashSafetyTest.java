package dev.headroom.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an apply (in a child JVM, {@code Runtime.halt}, no clean-up) after every one of its
 * filesystem steps in turn, then recovers: the tree must be exactly the old one (to the
 * nanosecond) or exactly the new one (content, mode, owner, links; new files have new times).
 */
class CrashSafetyTest {

    private static final int PARALLEL = 4;
    private static final int MAX_STEPS = 1000;

    @TempDir
    Path tmp;

    record Run(int n, int exit, String output, String tree, String treeWithTimes, String old, String recovery) {
    }

    @Test
    void everyKillPointRecoversToExactlyTheOldOrTheNewTree() throws Exception {
        Path reference = OverlayFixture.build(tmp.resolve("reference")).toRealPath();
        String oldTree = TreeSnapshot.of(reference, false);
        ApplyResult done = Applier.apply(reference, OverlayPlan.of(reference, OverlayFixture.changes()), Validator.none());
        assertThat(done.ok()).as(done.message()).isTrue();
        String newTree = TreeSnapshot.of(reference, false);
        assertThat(newTree).isNotEqualTo(oldTree);

        List<Run> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            boolean finished = false;
            for (int base = 0; !finished && base < MAX_STEPS; base += PARALLEL) {
                List<Future<Run>> batch = new ArrayList<>();
                for (int n = base; n < base + PARALLEL; n++) {
                    int k = n;
                    batch.add(pool.submit(() -> crashAt(k)));
                }
                for (Future<Run> f : batch) {
                    Run r = f.get();
                    runs.add(r);
                    finished |= r.exit() == 0;
                }
            }
        } finally {
            pool.shutdownNow();
        }

        long killed = runs.stream().filter(r -> r.exit() == 137).count();
        int oldCount = 0;
        int newCount = 0;
        for (Run r : runs) {
            assertThat(r.exit()).as("N=%d: %s", r.n(), r.output()).isIn(0, 137);
            assertThat(r.recovery()).as("N=%d", r.n()).doesNotStartWith("refused");
            if (r.treeWithTimes().equals(r.old())) {
                oldCount++;
            } else {
                assertThat(r.tree()).as("N=%d is neither the old tree nor the new one", r.n()).isEqualTo(newTree);
                newCount++;
            }
        }
        System.out.printf("crash safety: %d kill points, %d recovered to old, %d to new%n", killed, oldCount, newCount);
        assertThat(killed).isGreaterThanOrEqualTo(50);
        assertThat(oldCount).isGreaterThan(0);
        assertThat(newCount).isGreaterThan(0);
    }

    private Run crashAt(int n) throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("n" + n)).toRealPath();
        String old = TreeSnapshot.of(root, true);
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), root.toString());
        pb.environment().put(CrashHook.VARIABLE, Integer.toString(n));
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        ApplyResult rec = Applier.recover(root);
        String recovery = (rec.ok() ? "ok: " : "refused: ") + rec.message();
        return new Run(n, exit, out, TreeSnapshot.of(root, false), TreeSnapshot.of(root, true), old, recovery);
    }
}
