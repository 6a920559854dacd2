package dev.headroom.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server tree built file by file under a test's temporary root. */
public final class ScratchTree {

    private ScratchTree() {
    }

    /** Writes {@code text} (UTF-8) to {@code path} under {@code root}, a leading / or not, making its directories. */
    public static Path write(Path root, String path, String text) throws IOException {
        Path p = root.resolve(path.startsWith("/") ? path.substring(1) : path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Enables {@code unit} as systemctl enable does for WantedBy=multi-user.target: a symlink in the wants directory. */
    public static void enable(Path root, String unit) throws IOException {
        Path wants = root.resolve("etc/systemd/system/multi-user.target.wants");
        Files.createDirectories(wants);
        Files.createSymbolicLink(wants.resolve(unit), Path.of("/lib/systemd/system/" + unit));
    }
}
