package dev.headroom.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootedFsTest {

    @Test
    void aBackslashIsPartOfAFileNameNotASeparator(@TempDir Path root) throws Exception {
        // systemd escapes '-' in slice names: /lib/systemd/system/system-systemd\x2dcryptsetup.slice
        Path unit = root.resolve("system-systemd\\x2dcryptsetup.slice");
        Files.writeString(unit, "[Unit]\nDescription=x\n");
        RootedFs fs = new RootedFs(root);
        String serverPath = fs.serverPath(unit);
        assertThat(serverPath).isEqualTo("/system-systemd\\x2dcryptsetup.slice");
        assertThat(fs.read(serverPath).text()).startsWith("[Unit]");
    }

    @Test
    void aNulByteInAPathIsAMissingFile(@TempDir Path root) {
        RootedFs fs = new RootedFs(root);
        assertThatThrownBy(() -> fs.read("/etc/cla\0md.d/x.conf")).isInstanceOf(NoSuchFileException.class);
        assertThat(fs.exists("/a\0b")).isFalse();
        assertThat(fs.readLink("/a\0b")).isNull();
    }
}
