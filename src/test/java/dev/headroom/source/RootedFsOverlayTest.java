package dev.headroom.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootedFsOverlayTest {

    @TempDir
    Path root;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFileInANewDirectoryIsSeenWithItsDirectoriesAndNothingIsWritten() throws Exception {
        Files.createDirectories(root.resolve("etc/systemd/system"));
        RootedFs fs = new RootedFs(root).with(Map.of("/etc/systemd/system/x.service.d/zz.conf", b("[Service]\n")));
        assertThat(fs.isDirectory("/etc/systemd/system/x.service.d")).isTrue();
        assertThat(fs.exists("/etc/systemd/system/x.service.d")).isTrue();
        assertThat(fs.list("/etc/systemd/system")).containsExactly("x.service.d");
        assertThat(fs.list("/etc/systemd/system/x.service.d")).containsExactly("zz.conf");
        assertThat(fs.read("/etc/systemd/system/x.service.d/zz.conf").text()).isEqualTo("[Service]\n");
        assertThat(fs.size("/etc/systemd/system/x.service.d/zz.conf")).isEqualTo(10);
        assertThat(fs.isDirectory("/etc/systemd/system/x.service.d/zz.conf")).isFalse();
        assertThat(Files.exists(root.resolve("etc/systemd/system/x.service.d"))).isFalse();
        assertThat(new RootedFs(root).exists("/etc/systemd/system/x.service.d")).isFalse();
    }

    @Test
    void aReplacedFileIsSeenThroughALinkToItAndBesideTheFilesOnDisk() throws Exception {
        Files.createDirectories(root.resolve("etc/apache2/sites-available"));
        Files.createDirectories(root.resolve("etc/apache2/sites-enabled"));
        Files.writeString(root.resolve("etc/apache2/sites-available/a.conf"), "old\n");
        Files.writeString(root.resolve("etc/apache2/sites-available/b.conf"), "b\n");
        Files.createSymbolicLink(root.resolve("etc/apache2/sites-enabled/a.conf"),
                Path.of("/etc/apache2/sites-available/a.conf"));
        RootedFs fs = new RootedFs(root).with(Map.of("/etc/apache2/sites-available/a.conf", b("new\n")));
        assertThat(fs.read("/etc/apache2/sites-enabled/a.conf").text()).isEqualTo("new\n");
        assertThat(fs.read("/etc/apache2/sites-available/a.conf").text()).isEqualTo("new\n");
        assertThat(fs.list("/etc/apache2/sites-available")).containsExactlyInAnyOrder("a.conf", "b.conf");
        assertThat(Files.readString(root.resolve("etc/apache2/sites-available/a.conf"))).isEqualTo("old\n");
    }

    @Test
    void anEmptyFileWrittenOverALinkIsNoLongerALink() throws Exception {
        Files.createDirectories(root.resolve("etc/systemd/system"));
        Files.createSymbolicLink(root.resolve("etc/systemd/system/v.service"), Path.of("/dev/null"));
        RootedFs disk = new RootedFs(root);
        assertThat(disk.readLink("/etc/systemd/system/v.service")).isEqualTo("/dev/null");
        RootedFs fs = disk.with(Map.of("/etc/systemd/system/w.service", new byte[0]));
        assertThat(fs.size("/etc/systemd/system/w.service")).isZero();
        assertThat(fs.readLink("/etc/systemd/system/w.service")).isNull();
        assertThat(fs.readLink("/etc/systemd/system/v.service")).isEqualTo("/dev/null");
    }

    @Test
    void writtenFilesAddUpAcrossWith() throws Exception {
        RootedFs fs = new RootedFs(root).with(Map.of("/a", b("1"))).with(Map.of("/b", b("2")));
        assertThat(fs.list("/")).containsExactlyInAnyOrder("a", "b");
        assertThat(fs.read("/a").text()).isEqualTo("1");
    }
}
