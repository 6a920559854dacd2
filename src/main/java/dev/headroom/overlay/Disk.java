package dev.headroom.overlay;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every write headroom makes to the tree, as small durable steps: a file appears complete or not
 * at all (written beside its target, fsynced, renamed, the directory fsynced), a link is switched
 * by renaming a new link over the old one. Each step passes the {@link CrashHook} first.
 */
final class Disk {

    private static final String TMP_SUFFIX = ".headroom-tmp";

    private final CrashHook crash;

    Disk(CrashHook crash) {
        this.crash = crash;
    }

    /** The temporary name a new version of {@code target} is written under. */
    static Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + TMP_SUFFIX);
    }

    void createDirectory(Path dir, FileAttrs attrs) throws IOException {
        crash.step();
        Files.createDirectory(dir);
        crash.step();
        attrs.applyModeAndOwner(dir);
        fsyncDirectory(dir.getParent());
    }

    /** Creates missing directories for headroom's own state (mode 0755 root-owned by inheritance). */
    void createDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            crash.step();
            Files.createDirectories(dir);
        }
    }

    /**
     * Replaces {@code target} by a file holding {@code content} with {@code attrs}; a time of 0
     * means "now".
     */
    void writeAtomically(Path target, byte[] content, FileAttrs attrs) throws IOException {
        Path tmp = temp(target);
        crash.step();
        Files.deleteIfExists(tmp);
        crash.step();
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            crash.step();
            ch.force(true);
        }
        crash.step();
        attrs.applyModeAndOwner(tmp);
        SelinuxLabel.copy(Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? target : target.getParent(), tmp);
        if (attrs.mtimeNanos() != 0) {
            Files.setLastModifiedTime(tmp, attrs.mtime());
        }
        crash.step();
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        fsyncDirectory(target.getParent());
    }

    /** Copies a regular file with its bytes, mode, owner and mtime (to the nanosecond). */
    void copyAtomically(Path source, Path target) throws IOException {
        writeAtomically(target, Files.readAllBytes(source), FileAttrs.of(source));
    }

    /** Makes {@code link} a symbolic link to {@code target}, replacing what is there in one rename. */
    void symlinkAtomically(Path link, String target) throws IOException {
        Path tmp = temp(link);
        crash.step();
        Files.deleteIfExists(tmp);
        crash.step();
        Files.createSymbolicLink(tmp, Path.of(target));
        crash.step();
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE);
        fsyncDirectory(link.getParent());
    }

    void delete(Path p) throws IOException {
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            crash.step();
            Files.delete(p);
            fsyncDirectory(p.getParent());
        }
    }

    void setModified(Path p, FileAttrs attrs) throws IOException {
        crash.step();
        Files.setLastModifiedTime(p, attrs.mtime());
    }

    void setModified(Path p, long nanos) throws IOException {
        crash.step();
        Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(nanos, java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    void fsyncDirectory(Path dir) throws IOException {
        crash.step();
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
