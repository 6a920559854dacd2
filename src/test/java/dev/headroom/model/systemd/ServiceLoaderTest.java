package dev.headroom.model.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.model.systemd.values.ServiceType;
import dev.headroom.model.systemd.values.TimeSpan;
import dev.headroom.source.RootedFs;
import dev.headroom.testing.ScratchTree;

/** Effective values on generated trees: the [RUN] cases of shared/domain.md C.5, C.8, C.9. */
class ServiceLoaderTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        ScratchTree.write(root, path, text);
    }

    private ServiceUnit load(String name) {
        SystemdConfig c = SystemdReader.read(new RootedFs(root));
        return c.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static double seconds(ServiceUnit s, String key) {
        return ((TimeSpan) s.get(key).value()).seconds();
    }

    private static final String X = "[Service]\nExecStart=/usr/sbin/x -c %i\n";

    @Test
    void dropInsApplyInBasenameOrderAcrossDirectories() throws IOException {
        write("/usr/lib/systemd/system/x.service", X);
        write("/usr/lib/systemd/system/x.service.d/a.conf", "[Service]\nType=forking\n");
        write("/etc/systemd/system/x.service.d/B.conf", "[Service]\nType=notify\n");
        ServiceUnit s = load("x.service");
        assertThat(s.get("Type").value()).isEqualTo(ServiceType.FORKING);
        assertThat(s.dropIns()).containsExactly("etc/systemd/system/x.service.d/B.conf",
                "usr/lib/systemd/system/x.service.d/a.conf");
    }

    @Test
    void forTheSameBasenameTheSearchPathDecidesBeforeSpecificity() throws IOException {
        write("/usr/lib/systemd/system/x@.service", X);
        write("/etc/systemd/system/multi-user.target.wants/x@a.service", "");
        write("/etc/systemd/system/x@.service.d/10.conf", "[Service]\nTimeoutStartSec=2s\n");
        write("/usr/lib/systemd/system/x@a.service.d/10.conf", "[Service]\nTimeoutStartSec=1s\n");
        write("/usr/lib/systemd/system/x@.service.d/20.conf", "[Service]\nTimeoutStopSec=4s\n");
        write("/etc/systemd/system/service.d/20.conf", "[Service]\nTimeoutStopSec=3s\n");
        ServiceUnit s = load("x@a.service");
        assertThat(seconds(s, "TimeoutStartSec")).isEqualTo(2.0);
        assertThat(seconds(s, "TimeoutStopSec")).isEqualTo(4.0);
        assertThat(s.enabled()).isTrue();
        assertThat(s.execStart()).isEqualTo("/usr/sbin/x -c a");
    }

    @Test
    void anInstanceTakesDropInsOfItsDashPrefixesRebuiltWithTheInstance() throws IOException {
        // Found by SystemdResolveDifferentialTest against systemd --test (dropin.c unit_file_find_dirs).
        java.util.List<String> names = new java.util.ArrayList<>();
        UnitPaths.dropInNames("hrz-a-t@inst.service", names);
        assertThat(names).containsExactly("hrz-a-t@inst.service", "hrz-a-t@.service", "hrz-a-.service",
                "hrz-.service", "hrz-a-@inst.service", "hrz-a-@.service", "hrz-.service", "hrz-@inst.service",
                "hrz-@.service");
        write("/usr/lib/systemd/system/hrzm-t@.service", "[Service]\nExecStart=/bin/true\n");
        write("/etc/systemd/system/hrzm-@.service.d/10.conf", "[Service]\nDelegate=yes\nTimeoutSec=5s\n");
        write("/etc/systemd/system/multi-user.target.wants/hrzm-t@a.service", "");
        ServiceUnit s = load("hrzm-t@a.service");
        assertThat(s.get("OOMPolicy").value()).isEqualTo(OomPolicy.CONTINUE);
        assertThat(seconds(s, "TimeoutStartSec")).isEqualTo(5.0);
    }

    @Test
    void aDropInLinkedToDevNullIsMasked() throws IOException {
        write("/usr/lib/systemd/system/x.service", X);
        write("/usr/lib/systemd/system/x.service.d/30.conf", "[Service]\nOOMPolicy=kill\n");
        Files.createDirectories(root.resolve("etc/systemd/system/x.service.d"));
        Files.createSymbolicLink(root.resolve("etc/systemd/system/x.service.d/30.conf"), Path.of("/dev/null"));
        assertThat(load("x.service").get("OOMPolicy").value()).isEqualTo(OomPolicy.STOP);
    }

    @Test
    void timeoutSecOverwritesWhateverCameBefore() throws IOException {
        write("/usr/lib/systemd/system/x.service", X + "TimeoutStartSec=1s\nTimeoutSec=42s\n");
        write("/usr/lib/systemd/system/y.service", X + "TimeoutSec=42s\nTimeoutStartSec=1s\n");
        write("/usr/lib/systemd/system/z.service", X + "TimeoutStartSec=5s\nTimeoutStartSec=\nTimeoutSec=0\n");
        assertThat(seconds(load("x.service"), "TimeoutStartSec")).isEqualTo(42.0);
        ServiceUnit y = load("y.service");
        assertThat(seconds(y, "TimeoutStartSec")).isEqualTo(1.0);
        assertThat(seconds(y, "TimeoutStopSec")).isEqualTo(42.0);
        assertThat(((TimeSpan) load("z.service").get("TimeoutStartSec").value()).infinite()).isTrue();
    }

    @Test
    void derivedDefaults() throws IOException {
        write("/usr/lib/systemd/system/o.service", "[Service]\nType=oneshot\nExecStart=/bin/true\n");
        write("/usr/lib/systemd/system/d.service", X + "Delegate=maybe\n");
        write("/usr/lib/systemd/system/p.service", X);
        write("/etc/systemd/system.conf", "[Manager]\nDefaultTimeoutStartSec=123s\n");
        write("/lib/systemd/system.conf.d/10-oom.conf", "[Manager]\nDefaultOOMPolicy=kill\n");
        assertThat(((TimeSpan) load("o.service").get("TimeoutStartSec").value()).infinite()).isTrue();
        ServiceUnit d = load("d.service");
        assertThat(d.get("OOMPolicy").value()).isEqualTo(OomPolicy.CONTINUE);
        assertThat(d.get("OOMPolicy").basis()).isEqualTo("Delegate=yes");
        ServiceUnit p = load("p.service");
        assertThat(p.get("Type").value()).isEqualTo(ServiceType.SIMPLE);
        assertThat(seconds(p, "TimeoutStartSec")).isEqualTo(123.0);
        assertThat(p.get("OOMPolicy").value()).isEqualTo(OomPolicy.KILL);
        assertThat(p.get("OOMPolicy").origin().toString()).isEqualTo("lib/systemd/system.conf.d/10-oom.conf:2:1");
    }

    @Test
    void aMaskedUnitAndAnInvalidValue() throws IOException {
        write("/usr/lib/systemd/system/m.service", X);
        Files.createDirectories(root.resolve("etc/systemd/system"));
        Files.createSymbolicLink(root.resolve("etc/systemd/system/m.service"), Path.of("/dev/null"));
        write("/usr/lib/systemd/system/v.service", X + "OOMPolicy=continue\nOOMPolicy=Stop\n");
        assertThat(load("m.service").masked()).isTrue();
        SystemdConfig c = SystemdReader.read(new RootedFs(root));
        assertThat(c.events()).extracting(UnitEvent::message).contains("Failed to parse OOM policy, ignoring: Stop");
        assertThat(load("v.service").get("OOMPolicy").value()).isEqualTo(OomPolicy.CONTINUE);
    }
}
