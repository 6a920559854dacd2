package dev.headroom.overlay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything about a tree that headroom must keep or restore, one sorted line per entry: type,
 * path, mode, owner, (mtime to the nanosecond), and content hash or link target. Comparing two
 * snapshots as strings makes a failing test show the entry that differs.
 */
final class TreeSnapshot {

    private TreeSnapshot() {
    }

    /** The whole tree except headroom's own state under var/lib/headroom. */
    static String of(Path root, boolean withTimes) {
        return of(root, withTimes, false);
    }

    static String of(Path root, boolean withTimes, boolean withState) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> withState || !root.relativize(p).startsWith("var/lib/headroom"))
                    .map(p -> line(root, p, withTimes))
                    .sorted()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Path root, Path p, boolean withTimes) {
        try {
            String rel = root.relativize(p).toString();
            String owner = Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS) + ":"
                    + Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
            if (Files.isSymbolicLink(p)) {
                return "L " + rel + " " + owner + " -> " + Files.readSymbolicLink(p);
            }
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            String time = withTimes ? " " + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS) : "";
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return "D " + rel + " " + mode + " " + owner + time;
            }
            return "F " + rel + " " + mode + " " + owner + time + " " + sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
