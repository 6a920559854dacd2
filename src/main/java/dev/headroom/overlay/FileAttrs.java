package dev.headroom.overlay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * The metadata headroom keeps with a file it replaces: permission bits, numeric owner and group,
 * and the modification time in nanoseconds. Read without following a final symbolic link.
 */
public record FileAttrs(String perms, int uid, int gid, long mtimeNanos) {

    /** The attributes of a new file when there is nothing to copy them from. */
    public static FileAttrs newFile() {
        return new FileAttrs("rw-r--r--", 0, 0, 0);
    }

    public static FileAttrs of(Path p) throws IOException {
        String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        int uid = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int gid = (Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        long mtime = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
        return new FileAttrs(perms, uid, gid, mtime);
    }

    /** The same mode and owner with the time left to the write ("now"). */
    public FileAttrs withoutTime() {
        return new FileAttrs(perms, uid, gid, 0);
    }

    public FileTime mtime() {
        return FileTime.from(mtimeNanos, TimeUnit.NANOSECONDS);
    }

    /** Sets mode and owner (not the time: a time of 0 means "now", as for a new file). */
    void applyModeAndOwner(Path p) throws IOException {
        Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        // After chown: chown clears set-id bits, and we copy only the nine permission bits anyway.
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }
}
