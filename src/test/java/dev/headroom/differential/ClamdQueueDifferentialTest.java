package dev.headroom.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamTool;
import dev.headroom.model.clamav.ClamdQueue;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClamdQueue} predicts what the real clamd (1.4) does to MaxQueue at start-up
 * ({@code server-th.c}, shared/domain.md D.5): for an explicit grid of about 40 cases
 * (MaxThreads, MaxRecursion, MaxQueue set or not, soft RLIMIT_NOFILE) clamd is started in the
 * foreground under {@code prlimit --nofile=SOFT:} on a private configuration and a one-signature
 * database, and the WARNING lines it logs about MaxQueue/MaxThreads must be exactly
 * {@link ClamdQueue#warnings()}, in order; the MaxQueue it settles on ({@code MaxQueue set to: N},
 * logged with {@code LogVerbose yes}) must be {@link ClamdQueue#maxQueue()}. The model reads the
 * very file clamd reads.
 *
 * <p>The grid takes MaxThreads from {1, 2, 10, 50, 70, 200, 1000}, MaxRecursion from
 * {1, 5, 17, 64}, MaxQueue from {unset, 1, 5, 19, 20, 21, 100, 5000} and the soft limit from
 * {64, 256, 1024, 4096, 65536}; a second block uses soft limits off that grid to sit exactly on
 * the boundaries max_max_queue == MaxThreads and MaxQueue == max_max_queue, and one below each.
 * The test checks that every warning clamd can log here occurred at least three times, that
 * some cases log none, and that the boundaries were run.
 *
 * <p>The hard limit is never raised (that needs CAP_SYS_RESOURCE); a soft limit above it is
 * lowered to it for both clamd and the model, and the run says so.
 *
 * <p>clamd creates its socket and logs "Self checking disabled." <em>before</em> it adjusts
 * MaxQueue, so the run waits for "MaxQueue set to:", which clamd logs right after the adjustment.
 * The log is split on "WARNING: " rather than on lines: clamd 1.4.6 has been seen to leave out
 * the newline after "MaxQueue is lower than twice MaxThreads, increasing to: N".
 *
 * <p>Run: {@code mvn -o -q test -Dtest=ClamdQueueDifferentialTest} (needs clamd, usually in
 * /usr/sbin, and util-linux prlimit; skipped without them outside CI, failed in CI).
 */
class ClamdQueueDifferentialTest {

    private static final String EICAR_MD5 = "44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature\n";
    private static final Pattern QUEUE_SET = Pattern.compile("MaxQueue set to: (-?\\d+)");
    private static final int START_SECONDS = 20;
    private static final int STOP_SECONDS = 5;

    private static final String TOO_LOW = "MaxQueue value too low";
    private static final String FD_SHORT = "MaxThreads * MaxRecursion is too high";
    private static final String TOO_HIGH = "MaxQueue value too high";
    private static final String TWICE = "MaxQueue is lower than twice MaxThreads";

    /** One start of clamd; {@code queue} null leaves MaxQueue out of the file. */
    private record Case(int threads, int recursion, Integer queue, long nofile, String note) {

        long maxMaxQueue(long soft) {
            return soft - (long) recursion * threads - 6 + threads;
        }

        String label(long soft) {
            return String.format(Locale.ROOT, "MaxThreads %d, MaxRecursion %d, MaxQueue %s, nofile %d%s%s", threads,
                    recursion, queue == null ? "unset" : queue, soft, soft == nofile ? "" : " (asked " + nofile + ")",
                    note.isEmpty() ? "" : " [" + note + "]");
        }
    }

    /** What one clamd logged: the MaxQueue/MaxThreads warnings and the MaxQueue it settled on. */
    private record Outcome(List<String> warnings, long maxQueue) {
    }

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // the grid
        c.add(new Case(10, 17, null, 1024, "defaults, no warning"));
        c.add(new Case(10, 17, null, 4096, "no warning"));
        c.add(new Case(1, 1, null, 64, "default queue lowered silently"));
        c.add(new Case(1, 1, 1, 64, ""));
        c.add(new Case(2, 5, 1, 256, ""));
        c.add(new Case(10, 17, 5, 1024, ""));
        c.add(new Case(10, 17, 19, 1024, "2*MaxThreads - 1"));
        c.add(new Case(10, 17, 20, 1024, "MaxQueue == 2*MaxThreads"));
        c.add(new Case(10, 17, 21, 1024, "2*MaxThreads + 1"));
        c.add(new Case(10, 64, 20, 256, ""));
        c.add(new Case(50, 17, 100, 1024, "MaxQueue == 2*MaxThreads"));
        c.add(new Case(50, 17, null, 1024, "default == 2*MaxThreads"));
        c.add(new Case(50, 5, 21, 256, "max_max_queue == MaxThreads"));
        c.add(new Case(50, 5, 100, 256, "max_max_queue == MaxThreads"));
        c.add(new Case(50, 5, null, 256, "max_max_queue == MaxThreads"));
        c.add(new Case(70, 17, null, 1024, ""));
        c.add(new Case(70, 5, 100, 1024, ""));
        c.add(new Case(70, 5, null, 256, ""));
        c.add(new Case(70, 1, 5, 64, ""));
        c.add(new Case(200, 5, 100, 1024, "raised only to max_max_queue"));
        c.add(new Case(200, 1, 100, 256, "raised only to max_max_queue"));
        c.add(new Case(200, 17, 5000, 4096, ""));
        c.add(new Case(200, 17, null, 4096, "unset, still warned"));
        c.add(new Case(1000, 17, null, 65536, ""));
        c.add(new Case(1000, 64, 5000, 64, ""));
        c.add(new Case(1000, 5, 5000, 4096, ""));
        c.add(new Case(1000, 1, 5000, 4096, ""));
        c.add(new Case(1000, 1, null, 1024, "raised only to max_max_queue"));
        c.add(new Case(2, 64, 5000, 256, ""));
        c.add(new Case(1, 17, 1, 64, ""));
        c.add(new Case(10, 17, 5000, 65536, "no warning"));
        c.add(new Case(50, 64, 19, 4096, ""));
        // off the grid, on the boundaries (MaxThreads 10, MaxRecursion 17: max_max_queue = nofile - 166)
        c.add(new Case(10, 17, 100, 266, "MaxQueue == max_max_queue"));
        c.add(new Case(10, 17, 100, 265, "MaxQueue == max_max_queue + 1"));
        c.add(new Case(10, 17, null, 265, "default == max_max_queue + 1"));
        c.add(new Case(10, 17, 14, 180, "MaxQueue == max_max_queue < 2*MaxThreads"));
        c.add(new Case(10, 17, 12, 180, ""));
        c.add(new Case(10, 17, 19, 180, ""));
        c.add(new Case(10, 17, 5, 176, "max_max_queue == MaxThreads"));
        c.add(new Case(10, 17, 5, 175, "max_max_queue == MaxThreads - 1"));
        return c;
    }

    @TempDir
    Path dir;

    @Test
    void clamdAdjustsMaxQueueAsHeadroomPredicts() throws Exception {
        Path clamd = clamdBinary();
        Path prlimit = ExternalProcess.onPath("prlimit");
        Oracles.require(clamd != null && prlimit != null, "clamd (Debian clamav-daemon) and prlimit (util-linux)");
        long hard = hardNofile();
        boolean root = ExternalProcess.isRoot();

        long started = System.nanoTime();
        List<Case> cases = cases();
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        int agreed = 0;
        int quiet = 0;
        int clamped = 0;
        boolean fdBoundary = false;
        boolean queueBoundary = false;
        boolean twiceBoundary = false;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long soft = Math.min(c.nofile(), hard);
            clamped += soft == c.nofile() ? 0 : 1;
            String label = "#" + i + " " + c.label(soft);
            Path work = Files.createDirectory(dir.resolve("c" + i));
            String conf = config(work, c, root);
            ClamdQueue expected = ClamdQueue.of(ClamConfig.read("clamd.conf", conf, ClamTool.CLAMD), soft);
            Outcome actual;
            try {
                actual = run(clamd, prlimit, work, conf, soft);
            } catch (AssertionError | IOException e) {
                disagreements.add(label + ": " + e.getMessage());
                continue;
            }
            if (expected.warnings().equals(actual.warnings()) && expected.maxQueue() == actual.maxQueue()) {
                agreed++;
            } else {
                disagreements.add(label + ":\n    expected " + expected.warnings() + ", MaxQueue " + expected.maxQueue()
                        + "\n    clamd    " + actual.warnings() + ", MaxQueue " + actual.maxQueue());
            }
            for (String w : actual.warnings()) {
                kinds.merge(kind(w), 1, Integer::sum);
            }
            quiet += actual.warnings().isEmpty() ? 1 : 0;
            long maxMax = c.maxMaxQueue(soft);
            fdBoundary |= maxMax == c.threads();
            queueBoundary |= c.queue() != null && c.queue() == maxMax;
            twiceBoundary |= c.queue() != null && c.queue() == 2 * c.threads();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(Locale.ROOT, "clamd queue agreement: %d/%d cases (warnings %s, %d without; %.1f s)%n",
                agreed, cases.size(), kinds, quiet, seconds);
        if (clamped > 0) {
            System.out.printf(Locale.ROOT, "clamd queue: %d cases ran at the hard limit %d instead of a higher soft"
                    + " limit%n", clamped, hard);
        }
        assertThat(disagreements).as("cases where clamd 1.4 and ClamdQueue disagree").isEmpty();
        assertThat(kinds).as("each warning clamd logged, how often")
                .containsOnlyKeys(TOO_LOW, FD_SHORT, TOO_HIGH, TWICE)
                .allSatisfy((k, n) -> assertThat(n).as(k).isGreaterThanOrEqualTo(3));
        assertThat(quiet).as("cases without a warning").isGreaterThanOrEqualTo(3);
        assertThat(List.of(fdBoundary, queueBoundary, twiceBoundary))
                .as("boundaries max_max_queue == MaxThreads, MaxQueue == max_max_queue, MaxQueue == 2*MaxThreads")
                .containsOnly(true);
    }

    private static String config(Path work, Case c, boolean root) throws IOException {
        Path db = Files.createDirectory(work.resolve("db"));
        Files.writeString(db.resolve("t.hdb"), EICAR_MD5, StandardCharsets.US_ASCII);
        StringBuilder b = new StringBuilder()
                .append("Foreground yes\n")
                .append("LocalSocket ").append(work.resolve("s")).append('\n')
                .append("DatabaseDirectory ").append(db).append('\n')
                .append("LogFile ").append(work.resolve("log")).append('\n')
                .append("TemporaryDirectory ").append(work).append('\n')
                .append("LogSyslog no\n")
                // for "MaxQueue set to: N", logged right after the adjustment
                .append("LogVerbose yes\n")
                .append("SelfCheck 0\n");
        if (root) {
            b.append("User root\n");
        }
        b.append("MaxThreads ").append(c.threads()).append('\n');
        b.append("MaxRecursion ").append(c.recursion()).append('\n');
        if (c.queue() != null) {
            b.append("MaxQueue ").append(c.queue()).append('\n');
        }
        return b.toString();
    }

    /** Starts clamd under the soft limit, waits for its adjustment, stops it; what it logged. */
    private static Outcome run(Path clamd, Path prlimit, Path work, String conf, long soft) throws Exception {
        Path confFile = Files.writeString(work.resolve("clamd.conf"), conf);
        Path log = work.resolve("log");
        Path out = work.resolve("out");
        // prlimit execs clamd, so the process is clamd itself; "SOFT:" leaves the hard limit alone
        Process p = new ProcessBuilder(prlimit.toString(), "--nofile=" + soft + ":", clamd.toString(), "-c",
                confFile.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
            while (true) {
                String text = read(log);
                Matcher m = QUEUE_SET.matcher(text);
                if (m.find() && Files.exists(work.resolve("s"))) {
                    return new Outcome(warnings(text), Long.parseLong(m.group(1)));
                }
                if (!p.isAlive()) {
                    throw new AssertionError("clamd exited (" + p.exitValue() + ") before adjusting MaxQueue:\n"
                            + text + read(out));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("clamd did not log \"MaxQueue set to\" in " + START_SECONDS + " s:\n"
                            + text + read(out));
                }
                Thread.sleep(10);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    /** The MaxQueue/MaxThreads warnings, in order, without "WARNING: ". */
    static List<String> warnings(String log) {
        List<String> out = new ArrayList<>();
        String[] parts = log.split("WARNING: ", -1);
        for (int i = 1; i < parts.length; i++) {
            int nl = parts[i].indexOf('\n');
            String w = (nl < 0 ? parts[i] : parts[i].substring(0, nl)).strip();
            if (w.startsWith("MaxQueue") || w.startsWith("MaxThreads")) {
                out.add(w);
            }
        }
        return out;
    }

    private static String kind(String warning) {
        for (String k : List.of(TOO_LOW, FD_SHORT, TOO_HIGH, TWICE)) {
            if (warning.startsWith(k)) {
                return k;
            }
        }
        return warning;
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.ISO_8859_1) : "";
    }

    /** The hard RLIMIT_NOFILE this JVM (and so clamd) has; the soft limit cannot go above it. */
    private static long hardNofile() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                String hard = line.substring("Max open files".length()).trim().split("\\s+")[1];
                return hard.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(hard);
            }
        }
        return Long.MAX_VALUE;
    }

    private static Path clamdBinary() {
        Path p = ExternalProcess.onPath("clamd");
        for (String d : new String[] {"/usr/sbin", "/sbin", "/usr/local/sbin"}) {
            Path q = Path.of(d, "clamd");
            if (p == null && Files.isRegularFile(q) && Files.isExecutable(q)) {
                p = q;
            }
        }
        return p;
    }
}
