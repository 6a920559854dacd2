package dev.headroom.rules.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.ScratchTree;

/** An infinite LimitNOFILE is what systemd can set: fs.nr_open as configured, not only the kernel's default. */
class ClamdOpenFilesTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        ScratchTree.write(root, path, text);
    }

    private String lint(String nrOpen) throws IOException {
        write("usr/lib/systemd/system/clamd@.service", "[Service]\nType=forking\nExecStart=/usr/sbin/clamd -c "
                + "/etc/clamd.d/%i.conf\nTimeoutStartSec=420\nLimitNOFILE=infinity\n");
        Path wants = Files.createDirectories(root.resolve("etc/systemd/system/multi-user.target.wants"));
        if (!Files.exists(wants.resolve("clamd@scan.service"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(wants.resolve("clamd@scan.service"), Path.of("/usr/lib/systemd/system/clamd@.service"));
        }
        write("etc/clamd.d/scan.conf", "LocalSocket /run/clamd.scan/clamd.sock\nMaxThreads 70\n");
        write("etc/sysctl.d/50-nr-open.conf", nrOpen == null ? "" : "fs.nr_open = " + nrOpen + "\n");
        return CliRun.of("lint", "--root", root.toString(), "--select", "CL303", "--fail-on", "none").out();
    }

    @Test
    void infinityIsTheConfiguredNrOpen() throws IOException {
        // 70 threads x 17 levels + 6 = 1196 files: too many under fs.nr_open 1100, enough under the kernel's 1048576
        assertThat(lint("1100")).contains("[CL303]", "open file descriptor limit is: 1100");
        assertThat(lint(null)).doesNotContain("[CL303]");
    }
}
