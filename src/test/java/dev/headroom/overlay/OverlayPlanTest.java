package dev.headroom.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayPlanTest {

    @TempDir
    Path tmp;

    @Test
    void plansTheDeeLayoutForEditsNewFilesAndAHandMadeOverlay() throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("root"));

        OverlayPlan plan = OverlayPlan.of(root, OverlayFixture.changes());

        assertThat(plan.describe()).containsExactly(
                "create directory etc/clamd.d.dee/.orig",
                "keep original etc/clamd.d.dee/scan.conf as etc/clamd.d.dee/.orig/scan.conf",
                "patch file etc/clamd.d.dee/scan.conf (220 bytes, rw-r--r-- 0:0)".replace("220", String.valueOf(
                        OverlayFixture.changes().get(2).content().length)),
                "create directory etc/httpd/conf.modules.d.dee",
                "create directory etc/httpd/conf.modules.d.dee/.orig",
                "keep original etc/httpd/conf.modules.d/00-mpm.conf as etc/httpd/conf.modules.d.dee/.orig/00-mpm.conf",
                "write file etc/httpd/conf.modules.d.dee/00-mpm.conf (" + OverlayFixture.changes().get(0).content().length
                        + " bytes, rw-r----- 0:48)",
                "replace etc/httpd/conf.modules.d/00-mpm.conf by a symlink to ../conf.modules.d.dee/00-mpm.conf",
                "write file etc/httpd/conf.modules.d.dee/10-mpm-tuning.conf (" + OverlayFixture.changes().get(1).content().length
                        + " bytes, rw-r--r-- 0:0)",
                "create symlink etc/httpd/conf.modules.d/10-mpm-tuning.conf -> ../conf.modules.d.dee/10-mpm-tuning.conf",
                "create directory etc/systemd/system/clamd@scan.service.d",
                "create directory etc/systemd/system/clamd@scan.service.d.dee",
                "write file etc/systemd/system/clamd@scan.service.d.dee/timeout.conf (" + OverlayFixture.changes().get(3).content().length
                        + " bytes, rw-r--r-- 0:0)",
                "create symlink etc/systemd/system/clamd@scan.service.d/timeout.conf -> ../clamd@scan.service.d.dee/timeout.conf");
    }

    @Test
    void diffIsUnifiedWithRelativePathsAndThreeLinesOfContext() throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("root"));

        String diff = OverlayPlan.of(root, List.of(OverlayFixture.changes().get(0), OverlayFixture.changes().get(1))).diff();

        assertThat(diff).isEqualTo("""
                --- a/etc/httpd/conf.modules.d/00-mpm.conf
                +++ b/etc/httpd/conf.modules.d/00-mpm.conf
                @@ -1,6 +1,6 @@
                 # Select the MPM module which should be used by uncommenting exactly
                 # one of the following LoadModule lines.
                \s
                -#LoadModule mpm_prefork_module modules/mod_mpm_prefork.so
                -LoadModule mpm_event_module modules/mod_mpm_event.so
                +LoadModule mpm_prefork_module modules/mod_mpm_prefork.so
                +#LoadModule mpm_event_module modules/mod_mpm_event.so
                 #LoadModule mpm_worker_module modules/mod_mpm_worker.so
                --- /dev/null
                +++ b/etc/httpd/conf.modules.d/10-mpm-tuning.conf
                @@ -0,0 +1,3 @@
                +<IfModule mpm_prefork_module>
                +    MaxRequestWorkers 12
                +</IfModule>
                """);
    }

    @Test
    void planningAndDiffingLeaveTheTreeByteIdentical() throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("root"));
        String before = TreeSnapshot.of(root, true, true);

        OverlayPlan plan = OverlayPlan.of(root, OverlayFixture.changes());
        plan.diff();
        plan.describe();

        assertThat(TreeSnapshot.of(root, true, true)).isEqualTo(before);
    }

    @Test
    void contentAlreadyThereIsNoOperation() throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("root"));

        OverlayPlan plan = OverlayPlan.of(root, List.of(
                OverlayFixture.change(OverlayFixture.MPM, OverlayFixture.MPM_OLD, "same"),
                OverlayFixture.change(OverlayFixture.SCAN, OverlayFixture.SCAN_OLD, "same")));

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.diff()).isEmpty();
    }

    @Test
    void refusesAPathThroughASymlinkLeadingOutsideTheRoot() throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("etc/php-fpm.d"), outside);

        assertThatThrownBy(() -> OverlayPlan.of(root, List.of(OverlayFixture.change("/etc/php-fpm.d/www.conf", "x\n", "y"))))
                .isInstanceOf(OverlayRefusal.class)
                .hasMessageContaining("symbolic link that leads outside the root");
    }

    @Test
    void refusesAFileThatIsALinkOutsideTheRoot() throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("root"));
        Files.writeString(tmp.resolve("secret.conf"), "x\n");
        Files.createSymbolicLink(root.resolve("etc/httpd/conf.modules.d/01-x.conf"), tmp.resolve("secret.conf"));

        assertThatThrownBy(() -> OverlayPlan.of(root, List.of(OverlayFixture.change("/etc/httpd/conf.modules.d/01-x.conf", "y\n", "y"))))
                .isInstanceOf(OverlayRefusal.class)
                .hasMessageContaining("leading outside the root");
    }

    @Test
    void refusesDotDot() throws Exception {
        Path root = OverlayFixture.build(tmp.resolve("root"));

        assertThatThrownBy(() -> OverlayPlan.of(root, List.of(OverlayFixture.change("/etc/../../x.conf", "y\n", "y"))))
                .isInstanceOf(OverlayRefusal.class)
                .hasMessageContaining("'..'");
    }

    @Test
    void refusesADirectoryNotOwnedByRootWhenRunningAsRoot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new com.sun.security.auth.module.UnixSystem().getUid() == 0);
        Path root = OverlayFixture.build(tmp.resolve("root"));
        Files.setAttribute(root.resolve("etc/httpd"), "unix:uid", 1000);

        assertThatThrownBy(() -> OverlayPlan.of(root, List.of(OverlayFixture.changes().get(0))))
                .isInstanceOf(OverlayRefusal.class)
                .hasMessageContaining("etc/httpd is owned by uid 1000, not root");
    }
}
