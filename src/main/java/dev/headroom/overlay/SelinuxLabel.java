package dev.headroom.overlay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the SELinux context when a file is replaced: a renamed-in temporary file would otherwise
 * carry the label of its creation (and httpd or clamd could no longer read its config). Uses
 * {@code chcon --reference=OLD NEW}, OLD being the file replaced or, for a new file, its
 * directory. Does nothing, quietly, when {@code /sys/fs/selinux} is absent (SELinux disabled).
 */
final class SelinuxLabel {

    private static final boolean ENABLED = Files.isDirectory(Path.of("/sys/fs/selinux"));

    private SelinuxLabel() {
    }

    static void copy(Path reference, Path target) throws IOException {
        if (!ENABLED || !Files.exists(reference)) {
            return;
        }
        Process p = new ProcessBuilder("chcon", "--reference=" + reference, "--", target.toString())
                .redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("chcon --reference=" + reference + " " + target + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while labelling " + target, e);
        }
    }
}
