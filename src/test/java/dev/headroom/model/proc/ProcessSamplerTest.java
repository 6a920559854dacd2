package dev.headroom.model.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSamplerTest {

    static final String APACHE = "/system.slice/apache2.service";

    @TempDir
    Path dir;

    FakeProc proc;

    /**
     * A small web and mail server: systemd, apache2 with three children, a templated clamd
     * in its own slice on a cgroup v1 host, php-fpm on a kernel without smaps_rollup, a user's
     * manager with a unit of its own, a login session, and the debris a live /proc holds.
     */
    @BeforeEach
    void host() {
        proc = new FakeProc(dir)
                .process(1, 0, "systemd", "/init.scope", 9000)
                .process(2, 0, "kthreadd", 'S', FakeProc.KTHREAD, "0::/\n", "")
                .process(100, 1, "apache2", APACHE, 20000)
                .process(101, 100, "apache2", APACHE, 10000)
                .process(102, 100, "apache2", APACHE, 12000)
                .process(103, 100, "apache2", APACHE, 14000)
                // a zombie child: no memory, not counted
                .process(104, 100, "apache2", 'Z', 0x400104, "0::" + APACHE + "\n", "")
                // cgroup v1: the unified line stays at /, systemd's own hierarchy has the unit
                .process(200, 1, "clamd", 'S', 0x400100, "12:memory:/system.slice/system-clamd.slice/clamd@scan.service\n"
                        + "1:name=systemd:/system.slice/system-clamd.slice/clamd@scan.service\n0::/\n",
                        FakeProc.rollup(800000))
                .process(400, 1, "systemd", "/user.slice/user-1000.slice/user@1000.service/init.scope", 7000)
                .process(401, 400, "dbus-daemon", "/user.slice/user-1000.slice/user@1000.service/app.slice/dbus.service", 3000)
                .process(402, 1, "bash", "/user.slice/user-1000.slice/session-3.scope", 4000)
                // systemd's cg_escape(): cpu.service lives in _cpu.service
                .process(500, 1, "cpu", "/system.slice/_cpu.service", 1000)
                // a command name with spaces and parentheses, as prctl(PR_SET_NAME) allows
                .process(600, 1, "x) (y z", "/system.slice/odd.service", 1500)
                // vanished between the listing and the read: only its stat is left
                .file("700/stat", "700 (gone) S 1 700 700 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 1 0 0")
                // garbage everywhere
                .files(800, "hello", "\0\0\0", "garbage")
                .process(801, 1, "broken", 'S', 0x400100, "0::/system.slice/broken.service\n",
                        "Rss: 12 kB\nPss: lots kB\n")
                .file("self/stat", "1 (not a pid dir) S 0")
                .file("sys/x", "")
                .file("1a/stat", "");
        // php-fpm on a kernel before 4.14: smaps only, one Pss line per mapping
        proc.process(300, 1, "php-fpm8.2", "/system.slice/php8.2-fpm.service", 6000)
                .process(301, 300, "php-fpm8.2", "/system.slice/php8.2-fpm.service", 0)
                .process(302, 300, "php-fpm8.2", "/system.slice/php8.2-fpm.service", 0);
        for (int pid : new int[] {300, 301, 302}) {
            try {
                Files.delete(dir.resolve(pid + "/smaps_rollup"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            proc.file(pid + "/smaps", ("55e0-55e1 r--p 00000000 08:01 1 /usr/sbin/php-fpm8.2\nRss: 900 kB\nPss: "
                    + (pid == 300 ? 5000 : 2000) + " kB\nPss_Dirty: 1 kB\n55e1-55e2 rw-p 0 00:00 0\nPss: "
                    + (pid == 302 ? 4000 : 1000) + " kB\n"));
        }
    }

    @Test
    void addsUpEachServiceWithItsMainProcessAndChildren() {
        ProcessSample s = ProcessSampler.sample(dir);

        assertThat(s.services()).extracting(ServiceSample::unit).containsExactly("apache2.service",
                "broken.service", "clamd@scan.service", "cpu.service", "odd.service", "php8.2-fpm.service",
                "user@1000.service");
        ServiceSample apache = s.service("apache2.service").orElseThrow();
        assertThat(apache).isEqualTo(new ServiceSample("apache2.service", 4, 4, 56000L << 10, 20000L << 10,
                100, "apache2", 20000L << 10, 3, 12000L << 10, Map.of()));
        assertThat(apache.averageBytes()).isEqualTo(14000L << 10);
        assertThat(apache.unreadableNote()).isNull();

        assertThat(s.service("php8.2-fpm.service").orElseThrow()).isEqualTo(new ServiceSample(
                "php8.2-fpm.service", 3, 3, 15000L << 10, 6000L << 10, 300, "php-fpm8.2", 6000L << 10, 2,
                4500L << 10, Map.of()));
        assertThat(s.service("clamd@scan.service").orElseThrow().totalBytes()).isEqualTo(800000L << 10);
        ServiceSample user = s.service("user@1000.service").orElseThrow();
        assertThat(user.mainPid()).isEqualTo(400);
        assertThat(user.processes()).isEqualTo(2);
        assertThat(s.service("odd.service").orElseThrow().mainComm()).isEqualTo("x) (y z");

        ServiceSample broken = s.service("broken.service").orElseThrow();
        assertThat(broken.measured()).isZero();
        assertThat(broken.unreadableNote())
                .isEqualTo("could not read 1 process of broken.service (no Pss: line in smaps_rollup)");

        // systemd, the session's shell and the garbage process belong to no service
        assertThat(s.outsideServices()).extracting(ProcessReading::pid).containsExactly(1, 402, 800);
        // no kernel thread, zombie or vanished process
        assertThat(s.processes()).extracting(ProcessReading::pid).doesNotContain(2, 104, 700);
    }

    @Test
    void measuredSizesFollowTheFactsFileNames() {
        assertThat(ProcessSampler.sample(dir).measuredSizes()).containsExactly(
                Map.entry("apache2", 56000L << 10), Map.entry("apache2.child", 12000L << 10),
                Map.entry("clamd@scan", 800000L << 10),
                Map.entry("cpu", 1000L << 10),
                Map.entry("odd", 1500L << 10),
                Map.entry("php8.2-fpm", 15000L << 10), Map.entry("php8.2-fpm.child", 4500L << 10),
                Map.entry("user@1000", 10000L << 10), Map.entry("user@1000.child", 3000L << 10));
    }

    @Test
    void anotherUsersProcessesAreCountedButNotMeasured() {
        ProcessSample s = ProcessSampler.sample(dir, file -> {
            if (file.endsWith("smaps_rollup") && (file.getParent().endsWith("101") || file.getParent().endsWith("102"))) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        });

        ServiceSample apache = s.service("apache2.service").orElseThrow();
        assertThat(apache.processes()).isEqualTo(4);
        assertThat(apache.measured()).isEqualTo(2);
        assertThat(apache.mainBytes()).isEqualTo(20000L << 10);
        assertThat(apache.childAverageBytes()).isEqualTo(14000L << 10);
        assertThat(apache.complete()).isFalse();
        assertThat(apache.unreadableNote())
                .isEqualTo("could not read 2 processes of apache2.service (permission denied; run as root)");
        // a part would pass for the whole
        assertThat(s.measuredSizes()).doesNotContainKeys("apache2", "apache2.child").containsKey("odd");
    }

    @Test
    void anUnreadableMainProcessLeavesItsChildren() {
        ProcessSample s = ProcessSampler.sample(dir, file -> {
            if (file.equals(dir.resolve("100/smaps_rollup"))) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        });
        ServiceSample apache = s.service("apache2.service").orElseThrow();
        assertThat(apache.mainPid()).isEqualTo(100);
        assertThat(apache.mainBytes()).isNull();
        assertThat(apache.childAverageBytes()).isEqualTo(12000L << 10);
        assertThat(apache.largestBytes()).isEqualTo(14000L << 10);
    }

    @Test
    void aProcessEndingWhileReadIsLeftOutSilently() {
        // ESRCH from a file opened before the process exited; Java gives only the message
        ProcessSample s = ProcessSampler.sample(dir, file -> {
            if (file.equals(dir.resolve("103/smaps_rollup"))) {
                throw new IOException("No such process");
            }
            return Files.readAllBytes(file);
        });
        ServiceSample apache = s.service("apache2.service").orElseThrow();
        assertThat(apache.processes()).isEqualTo(3);
        assertThat(apache.complete()).isTrue();
        assertThat(apache.childAverageBytes()).isEqualTo(11000L << 10);
    }

    @Test
    void otherReadErrorsAreKeptWithTheirReason() {
        ProcessSample s = ProcessSampler.sample(dir, file -> {
            if (file.equals(dir.resolve("600/smaps_rollup"))) {
                throw new java.nio.file.FileSystemException(file.toString(), null, "Input/output error");
            }
            return Files.readAllBytes(file);
        });
        assertThat(s.service("odd.service").orElseThrow().unreadableNote())
                .isEqualTo("could not read 1 process of odd.service (input/output error)");
    }

    /** The real kernel refusal, which only an ordinary user meets: root reads any file. */
    @Test
    void aFileWithoutPermissionIsReportedAsPermissionDenied() throws IOException {
        Path rollup = dir.resolve("101/smaps_rollup");
        Files.setPosixFilePermissions(rollup, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(rollup)).as("running as root, which reads any file").isFalse();

        ServiceSample apache = ProcessSampler.sample(dir).service("apache2.service").orElseThrow();
        assertThat(apache.unreadable()).isEqualTo(Map.of("permission denied", 1));
        assertThat(apache.unreadableNote())
                .isEqualTo("could not read 1 process of apache2.service (permission denied; run as root)");
    }

    @Test
    void noProcRootIsAnEmptySample() {
        assertThat(ProcessSampler.sample(dir.resolve("nothing"))).isEqualTo(ProcessSample.EMPTY);
    }

    @Test
    void anyContentIsReadWithoutAnException() throws IOException {
        Random random = new Random(20240601);
        Path fuzz = dir.resolve("fuzz");
        String[] pieces = {"(", ")", " ", "\n", ":", "0::", "/system.slice/", "a.service", "Pss:", " kB", "-1",
            "99999999999999999999", "\0", "é", "1", "Z", "2097152"};
        for (int pid = 1; pid <= 300; pid++) {
            for (String f : new String[] {"stat", "cgroup", "smaps_rollup"}) {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) {
                    b.append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)] : (char) random.nextInt(256));
                }
                Files.createDirectories(fuzz.resolve(pid + ""));
                Files.writeString(fuzz.resolve(pid + "/" + f), b);
            }
        }
        ProcessSample s = ProcessSampler.sample(fuzz);
        assertThat(s.processes().size() + s.services().size()).isGreaterThanOrEqualTo(0);
        s.measuredSizes();
    }
}
