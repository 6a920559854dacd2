package dev.headroom.overlay;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that keeps two applies or rollbacks from interleaving: an OS lock on
 * {@code ROOT/var/lib/headroom/lock}, released when closed or when the process dies.
 */
final class ApplyLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ApplyLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path file(Path root) {
        return root.resolve("var/lib/headroom/lock");
    }

    /**
     * Creates headroom's state directory, putting back the modification time of the first
     * existing directory above it, so that the server's own directories (var/lib) look untouched.
     */
    private static void createStateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path existing = dir.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        java.nio.file.attribute.FileTime time = existing == null ? null : Files.getLastModifiedTime(existing);
        Files.createDirectories(dir);
        if (time != null) {
            Files.setLastModifiedTime(existing, time);
        }
    }

    /** Takes the lock now or refuses; never waits. */
    static ApplyLock take(Path root) throws OverlayRefusal {
        // headroom's own state lives in the root too: refuse it when a link would lead it outside
        RootGuard guard = new RootGuard(root);
        guard.relative("/var/lib/headroom/lock");
        guard.relative("/var/lib/headroom/changes/x");
        Path file = file(root);
        FileChannel ch = null;
        try {
            createStateDirectory(file.getParent());
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l != null) {
                return new ApplyLock(ch, l);
            }
        } catch (OverlappingFileLockException e) {
            // Held by this very process: the same refusal.
        } catch (IOException e) {
            close(ch);
            throw new OverlayRefusal("cannot take the lock " + file + ": " + e.getMessage());
        }
        close(ch);
        throw new OverlayRefusal("another headroom apply or rollback is running (" + file
                + " is locked); try again when it has finished");
    }

    private static void close(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // Nothing to keep: the lock was not taken.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        close(channel);
    }
}
