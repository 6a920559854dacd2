package dev.headroom.model.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.headroom.model.clamav.db.SignatureDatabase;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * The calibrated {@link EngineModel} against the real clamd (1.4), on databases the fit never
 * saw (the fit used hdb/hsb/mdb/msb at 1k-2M, ndb at 1k-1M, ldb at 1k-300k signatures):
 * <ul>
 * <li>steady memory: for each held-out database, the estimate's {@code steadyBytes} is within
 * 20 % of clamd's {@code VmRSS} once it answers PING, and clamd's "Loaded N signatures" is
 * what {@link SignatureDatabase} counts;</li>
 * <li>reload peak: for the mix, {@code VmHWM} during a {@code RELOAD} alone (high-water mark
 * reset through {@code clear_refs}) is within 20 % of {@code reloadPeakBytes(true)} with
 * {@code ConcurrentDatabaseReload yes} and of {@code reloadPeakBytes(false)} with {@code no};
 * and a rule "peak &gt; room", with room halfway between the two estimates, decides on the
 * measurements as it decides on the estimates.</li>
 * </ul>
 * The databases come from the calibration's own generator ({@code bench/clamd-calibrate.sh
 * --generate}): ndb/ldb memory depends on the byte statistics, so another generator would test
 * something else. clamd runs as the calibration runs it: foreground, a private configuration,
 * socket and log in a temporary directory, stopped in a {@code finally}.
 * Run: {@code mvn -o -q test -Dtest=EngineModelOracleTest}; one line per database is printed.
 */
class EngineModelOracleTest {

    private static final double BAR = 0.20;
    private static final int LOAD_SECONDS = 120;
    private static final Pattern LOADED = Pattern.compile("Loaded (\\d+) signatures");
    private static final Pattern RELOADED = Pattern.compile("Database correctly reloaded \\((\\d+) signatures\\)");
    /** One reload check; the mix, as in the calibration's own held-out mixes. */
    private static final String MIX = "hdb=50000,mdb=50000,ndb=10000,ldb=5000";

    @TempDir
    static Path tmp;

    private static Path clamd;
    private static final Map<String, Path> DATABASES = new HashMap<>();

    @BeforeAll
    static void tools() {
        clamd = clamdBinary();
        Oracles.require(clamd != null && ExternalProcess.onPath("python3") != null,
                "clamd (Debian clamav-daemon) and python3");
        Oracles.require(Files.isReadable(Path.of("/proc/self/status")), "/proc/PID/status (Linux)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hsb=250000", "ndb=60000", "ldb=15000", MIX})
    void steadyMemoryWithinTwentyPercent(String spec) throws Exception {
        Path dir = database(spec);
        SignatureDatabase db = SignatureDatabase.read(dir);
        EngineEstimate est = EngineModel.calibrated().estimate(db);
        try (Clamd c = Clamd.start(Files.createTempDirectory(tmp, "steady"), dir, true)) {
            assertThat(c.loaded()).as("clamd's \"Loaded N signatures\" for %s", spec).isEqualTo(db.signatures());
            long rss = c.status("VmRSS");
            System.out.println(figure("steady " + spec, est.steadyBytes(), rss)
                    + String.format(Locale.ROOT, " (load CPU estimate %.2f s)", est.loadCpuSeconds()));
            assertWithin(est.steadyBytes(), rss, "steady memory of " + spec);
        }
    }

    @Test
    void reloadPeaksWithinTwentyPercentAndOnTheSameSideOfRoom() throws Exception {
        Path dir = database(MIX);
        SignatureDatabase db = SignatureDatabase.read(dir);
        EngineEstimate est = EngineModel.calibrated().estimate(db);
        long yes = reloadPeak(dir, true, db.signatures());
        long no = reloadPeak(dir, false, db.signatures());
        long room = (est.reloadPeakBytes(true) + est.reloadPeakBytes(false)) / 2;
        System.out.println(figure("reload yes " + MIX, est.reloadPeakBytes(true), yes));
        System.out.println(figure("reload no  " + MIX, est.reloadPeakBytes(false), no)
                + String.format(Locale.ROOT, " (room %.1f MiB)", mib(room)));
        assertWithin(est.reloadPeakBytes(true), yes, "reload peak, ConcurrentDatabaseReload yes");
        assertWithin(est.reloadPeakBytes(false), no, "reload peak, ConcurrentDatabaseReload no");
        assertThat(yes).as("measured peak with yes above room %d", room).isGreaterThan(room);
        assertThat(no).as("measured peak with no below room %d", room).isLessThan(room);
    }

    /** VmHWM of one RELOAD alone, in a clamd of its own. */
    private static long reloadPeak(Path dir, boolean concurrent, long signatures) throws Exception {
        try (Clamd c = Clamd.start(Files.createTempDirectory(tmp, "reload"), dir, concurrent)) {
            assertThat(c.loaded()).isEqualTo(signatures);
            int mark = c.log().length();
            c.resetHighWaterMark();
            assertThat(c.command("RELOAD")).isEqualTo("RELOADING");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
            Matcher m;
            while (!(m = RELOADED.matcher(c.log().substring(mark))).find()) {
                c.checkAlive("during the reload");
                if (c.log().substring(mark).contains("reload_th")) {
                    throw new AssertionError("the reload failed:\n" + c.log());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no \"Database correctly reloaded\" in " + LOAD_SECONDS + " s:\n" + c.log());
                }
                Thread.sleep(20);
            }
            assertThat(Long.parseLong(m.group(1))).as("signatures after the reload").isEqualTo(signatures);
            c.awaitPong(deadline);
            Thread.sleep(300); // the old engine's pages leave RSS; VmHWM keeps the peak
            return c.status("VmHWM");
        }
    }

    /** The calibration's database for this spec, generated once per run. */
    private static synchronized Path database(String spec) throws IOException, InterruptedException {
        Path dir = DATABASES.get(spec);
        if (dir == null) {
            dir = tmp.resolve("db-" + spec.replace('=', '-').replace(',', '_'));
            Path project = Oracles.project().toAbsolutePath();
            ExternalProcess.Run r = ExternalProcess.run(List.of("bash", "bench/clamd-calibrate.sh", "--generate",
                    dir.toString(), spec), project, 120);
            assertThat(r.rc()).as("clamd-calibrate.sh --generate %s: %s", spec, r.stderr()).isZero();
            DATABASES.put(spec, dir);
        }
        return dir;
    }

    private static void assertWithin(long estimate, long measured, String what) {
        double error = (double) (estimate - measured) / measured;
        assertThat(Math.abs(error))
                .as("%s: estimate %.1f MiB, measured %.1f MiB, error %+.1f %%", what, mib(estimate), mib(measured),
                        100 * error)
                .isLessThanOrEqualTo(BAR);
    }

    private static String figure(String what, long estimate, long measured) {
        return String.format(Locale.ROOT, "engine oracle: %-40s estimate %7.1f MiB, measured %7.1f MiB, error %+5.1f %%",
                what, mib(estimate), mib(measured), 100.0 * (estimate - measured) / measured);
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
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

    /** One clamd in the foreground on a private configuration; close() stops it. */
    private static final class Clamd implements AutoCloseable {

        private final Process process;
        private final Path sock;
        private final Path logFile;
        private final Path out;

        private Clamd(Process process, Path work) {
            this.process = process;
            this.sock = work.resolve("clamd.sock");
            this.logFile = work.resolve("clamd.log");
            this.out = work.resolve("clamd.out");
        }

        /** Starts clamd and waits until it answers PING; stops it again if that fails. */
        static Clamd start(Path work, Path dbdir, boolean concurrent) throws Exception {
            StringBuilder conf = new StringBuilder();
            conf.append("Foreground yes\n")
                    .append("LocalSocket ").append(work.resolve("clamd.sock")).append('\n')
                    .append("FixStaleSocket yes\n")
                    .append("TemporaryDirectory ").append(work).append('\n')
                    .append("DatabaseDirectory ").append(dbdir).append('\n')
                    .append("LogFile ").append(work.resolve("clamd.log")).append('\n')
                    .append("LogTime no\nLogSyslog no\nLogVerbose no\nSelfCheck 0\n")
                    .append("ConcurrentDatabaseReload ").append(concurrent ? "yes" : "no").append('\n');
            if (ExternalProcess.isRoot()) {
                conf.append("User root\n");
            }
            Path confFile = Files.writeString(work.resolve("clamd.conf"), conf.toString());
            Process p = new ProcessBuilder(clamd.toString(), "-c", confFile.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("clamd.out").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            Clamd c = new Clamd(p, work);
            try {
                c.awaitPong(System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS));
                return c;
            } catch (Throwable t) {
                c.close();
                throw t;
            }
        }

        void awaitPong(long deadline) throws Exception {
            while (true) {
                checkAlive("before answering PING");
                if (Files.exists(sock) && "PONG".equals(commandOrNull("PING"))) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("clamd did not answer PING in time:\n" + log() + output());
                }
                Thread.sleep(10);
            }
        }

        void checkAlive(String when) throws IOException {
            if (!process.isAlive()) {
                throw new AssertionError("clamd exited (" + process.exitValue() + ") " + when + ":\n" + log() + output());
            }
        }

        long loaded() throws IOException {
            Matcher m = LOADED.matcher(log());
            if (!m.find()) {
                throw new AssertionError("no \"Loaded N signatures\" in clamd's log:\n" + log());
            }
            return Long.parseLong(m.group(1));
        }

        String log() throws IOException {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.ISO_8859_1) : "";
        }

        private String output() throws IOException {
            return Files.exists(out) ? Files.readString(out, StandardCharsets.ISO_8859_1) : "";
        }

        /** A field of /proc/PID/status in bytes (VmRSS, VmHWM). */
        long status(String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]) * 1024;
                }
            }
            throw new IOException("no " + field + " in /proc/" + process.pid() + "/status");
        }

        /** VmHWM back to the current RSS (Linux 4.0+). */
        void resetHighWaterMark() throws IOException {
            Files.writeString(Path.of("/proc", Long.toString(process.pid()), "clear_refs"), "5");
            assertThat(status("VmHWM")).as("VmHWM after clear_refs").isLessThanOrEqualTo(status("VmRSS") + (1 << 20));
        }

        String command(String cmd) throws IOException {
            String reply = commandOrNull(cmd);
            if (reply == null) {
                throw new IOException("no answer to " + cmd + " on " + sock);
            }
            return reply;
        }

        /** One z-command on the socket; the reply without its NUL, or null (no answer in 10 s, refused). */
        private String commandOrNull(String cmd) {
            try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
                    Selector sel = Selector.open()) {
                ch.connect(UnixDomainSocketAddress.of(sock));
                ch.write(ByteBuffer.wrap(("z" + cmd + "\0").getBytes(StandardCharsets.US_ASCII)));
                ch.configureBlocking(false);
                ch.register(sel, SelectionKey.OP_READ);
                ByteBuffer buf = ByteBuffer.allocate(1024);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (buf.position() == 0 || buf.get(buf.position() - 1) != 0) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0 || !buf.hasRemaining()) {
                        return null;
                    }
                    sel.select(left);
                    if (ch.read(buf) < 0) {
                        break;
                    }
                }
                String s = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
                return s.endsWith("\0") ? s.substring(0, s.length() - 1) : s;
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
