package dev.headroom.overlay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The story's server, small: an httpd MPM file to edit, an httpd tuning file and a systemd
 * drop-in to create (its directory missing), and a clamd config the user already moved into
 * {@code clamd.d.dee} by hand. Every time is fixed, to the nanosecond, so "identical" means it.
 */
final class OverlayFixture {

    static final String MPM = "/etc/httpd/conf.modules.d/00-mpm.conf";
    static final String TUNING = "/etc/httpd/conf.modules.d/10-mpm-tuning.conf";
    static final String SCAN = "/etc/clamd.d/scan.conf";
    static final String DROP_IN = "/etc/systemd/system/clamd@scan.service.d/timeout.conf";

    static final String MPM_OLD = "# Select the MPM module which should be used by uncommenting exactly\n"
            + "# one of the following LoadModule lines.\n\n"
            + "#LoadModule mpm_prefork_module modules/mod_mpm_prefork.so\n"
            + "LoadModule mpm_event_module modules/mod_mpm_event.so\n"
            + "#LoadModule mpm_worker_module modules/mod_mpm_worker.so\n";
    static final String SCAN_OLD = "LogSyslog yes\nLocalSocket /run/clamd.scan/clamd.sock\n"
            + "MaxThreads 50\nConcurrentDatabaseReload yes\nUser clamscan\n";

    private OverlayFixture() {
    }

    static Path build(Path root) throws IOException {
        write(root, "etc/httpd/conf.modules.d/00-mpm.conf", MPM_OLD, "rw-r-----", 48);
        write(root, "etc/httpd/conf.modules.d/00-base.conf", "LoadModule unixd_module modules/mod_unixd.so\n", "rw-r--r--", 0);
        write(root, "etc/clamd.d.dee/scan.conf", SCAN_OLD, "rw-r--r--", 0);
        Files.createSymbolicLink(root.resolve("etc/clamd.d/scan.conf"), Path.of("../clamd.d.dee/scan.conf"));
        write(root, "etc/systemd/system/httpd.service.d/limits.conf", "[Service]\nMemoryMax=1G\n", "rw-r--r--", 0);
        Files.createDirectories(root.resolve("var/lib/headroom"));
        fixTimes(root);
        return root;
    }

    static List<Change> changes() {
        return List.of(
                change(MPM, MPM_OLD.replace("#LoadModule mpm_prefork", "LoadModule mpm_prefork")
                        .replace("LoadModule mpm_event", "#LoadModule mpm_event"), "HR-HTTPD-MPM: prefork"),
                change(TUNING, "<IfModule mpm_prefork_module>\n    MaxRequestWorkers 12\n</IfModule>\n", "HR-HTTPD-WORKERS"),
                change(SCAN, SCAN_OLD.replace("MaxThreads 50", "MaxThreads 4")
                        .replace("ConcurrentDatabaseReload yes", "ConcurrentDatabaseReload no"), "HR-CLAMD-RELOAD"),
                change(DROP_IN, "[Service]\nTimeoutStartSec=420\n", "HR-CLAMD-TIMEOUT"));
    }

    static Change change(String path, String content, String why) {
        return new Change(path, content.getBytes(StandardCharsets.UTF_8), why);
    }

    private static void write(Path root, String rel, String content, String perms, int gid) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        Files.setAttribute(p, "unix:gid", gid);
        if (rel.startsWith("etc/clamd.d.dee")) {
            Files.createDirectories(root.resolve("etc/clamd.d"));
        }
    }

    private static void fixTimes(Path root) throws IOException {
        long[] n = {0};
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2021-03-04T05:06:07Z").plusNanos(123_456_789 + n[0]++)));
                }
            }
        }
    }
}
