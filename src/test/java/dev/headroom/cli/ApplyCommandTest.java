package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.report.PlanReport;
import dev.headroom.testing.CliRun;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;
import dev.headroom.testing.TreeCopy;

/**
 * {@code plan -o}, {@code apply --dry-run}, {@code apply}, {@code rollback} on a scratch copy of
 * the tarragon example (issue 7, acceptance 2, 3 and 5): a dry run changes nothing; apply then
 * rollback gives back the identical tree (content, mode, owner, modification times, symlinks; headroom's
 * own /var/lib/headroom aside); a second apply of the same plan changes nothing; a plan the
 * daemon's checker rejects is rolled back and the checker's own words are shown.
 */
class ApplyCommandTest {

    private static final Path EXAMPLE = Path.of("examples/tarragon");

    @TempDir
    Path tmp;

    private Path scratch() throws IOException {
        return TreeCopy.copy(EXAMPLE.resolve("root"), tmp.resolve("root"));
    }

    private Path plan(Path root) {
        Path plan = tmp.resolve("plan.json");
        CliRun r = CliRun.of("plan", "--root", root.toString(), "--facts", EXAMPLE.resolve("host.ini").toString(),
                "-o", plan.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return plan;
    }

    @Test
    void dryRunApplyAndRollback() throws Exception {
        Path root = scratch();
        Path plan = plan(root);
        String before = digest(root);

        CliRun dry = CliRun.of("apply", "--root", root.toString(), "--plan", plan.toString(), "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("replace etc/clamd.d/scan.conf by a symlink to ../clamd.d.dee/scan.conf",
                "-    MaxRequestWorkers        80", "+    MaxRequestWorkers        30");
        assertThat(digest(root)).isEqualTo(before);
        assertThat(root.resolve("var/lib/headroom")).doesNotExist();

        CliRun reloadHere = CliRun.of("apply", "--root", root.toString(), "--plan", plan.toString(), "--reload");
        assertThat(reloadHere.exit()).as("--reload on a snapshot is a usage error").isEqualTo(2);
        assertThat(digest(root)).isEqualTo(before);

        CliRun apply = CliRun.of("apply", "--root", root.toString(), "--plan", plan.toString(), "--no-validate");
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("systemctl daemon-reload; systemctl try-reload-or-restart "
                + "clamav-freshclam.service clamd@scan.service httpd.service");
        assertThat(Files.readSymbolicLink(root.resolve("etc/clamd.d/scan.conf"))).hasToString("../clamd.d.dee/scan.conf");
        assertThat(root.resolve("etc/clamd.d.dee/.orig/scan.conf")).exists();
        assertThat(digest(root)).isNotEqualTo(before);

        CliRun again = CliRun.of("apply", "--root", root.toString(), "--plan", plan.toString(), "--no-validate");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("nothing to do");

        CliRun back = CliRun.of("rollback", "--root", root.toString());
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(digest(root)).isEqualTo(before);
        CliRun twice = CliRun.of("rollback", "--root", root.toString());
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("nothing to roll back");
    }

    @Test
    void aPlanTheCheckerRejectsIsRolledBackWithTheCheckersWords() throws Exception {
        Oracles.require(ExternalProcess.onPath("systemd-analyze") != null, "systemd-analyze (systemd 252)");
        Path root = scratch();
        Path plan = plan(root);
        Files.writeString(plan, Files.readString(plan).replace("TimeoutStartSec=420", "TimeoutStartSec=abc"));
        String before = digest(root);

        CliRun r = CliRun.of("apply", "--root", root.toString(), "--plan", plan.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("validation failed", "systemd-analyze verify",
                "Failed to parse TimeoutStartSec= parameter, ignoring: abc");
        assertThat(digest(root)).isEqualTo(before);
    }

    @Test
    void aPlanMadeBeforeAnEditIsRefused() throws Exception {
        Path root = scratch();
        Path plan = plan(root);
        Files.writeString(root.resolve("etc/freshclam.conf"), "# edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun r = CliRun.of("apply", "--root", root.toString(), "--plan", plan.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("etc/freshclam.conf changed since the plan was made");
    }

    /** Content, mode, owner, modification time and symlink target of everything but headroom's own state. */
    private static String digest(Path root) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String rel = root.relativize(p).toString();
                if (rel.startsWith("var/lib/headroom")) {
                    continue;
                }
                b.append(rel).append(' ').append(Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS)).append(' ')
                        .append(Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).append(':')
                        .append(Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS));
                if (Files.isSymbolicLink(p)) {
                    b.append(" -> ").append(Files.readSymbolicLink(p));
                } else {
                    b.append(' ').append(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                    if (Files.isRegularFile(p)) {
                        b.append(' ').append(PlanReport.sha256(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1)));
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
