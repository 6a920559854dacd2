package dev.headroom.overlay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Turns a server path into a path inside the root that headroom may write, or refuses it.
 * Guarantees: the result is inside the real root; no directory on the way is a symbolic link
 * leading outside it (a link that stays inside is followed, and the plan is made on the real
 * directory so relative overlay links stay right); when running as root, every existing
 * directory below the root on the way is owned by root (else a user could swap it for a link
 * between planning and applying).
 */
final class RootGuard {

    private final Path root;
    private final boolean requireRootOwned;

    RootGuard(Path root) throws OverlayRefusal {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new OverlayRefusal("cannot use root " + root + ": " + e.getMessage());
        }
        this.requireRootOwned = runningAsRoot();
    }

    Path root() {
        return root;
    }

    /** The root-relative path of the file a change names, its parent directory resolved. */
    String relative(String serverPath) throws OverlayRefusal {
        if (!serverPath.startsWith("/") || serverPath.indexOf('\0') >= 0) {
            throw new OverlayRefusal(serverPath + ": not an absolute server path");
        }
        Path lexical = Path.of(serverPath.substring(1)).normalize();
        if (lexical.toString().isEmpty() || lexical.startsWith("..") || serverPath.contains("/../")
                || serverPath.endsWith("/..")) {
            throw new OverlayRefusal(serverPath + ": refusing a path with '..' in it");
        }
        Path realParent = realExistingParent(serverPath, lexical.getParent());
        Path rel = root.relativize(realParent.resolve(lexical.getFileName().toString()));
        return rel.toString();
    }

    /** Resolves the existing part of the parent, checking each step stays inside the root. */
    private Path realExistingParent(String serverPath, Path parent) throws OverlayRefusal {
        Path at = root;
        if (parent == null) {
            return at;
        }
        for (int i = 0; i < parent.getNameCount(); i++) {
            Path name = parent.getName(i);
            Path next = at.resolve(name.toString());
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                // The rest is missing: it will be created, as plain directories, by us.
                return at.resolve(parent.subpath(i, parent.getNameCount()).toString());
            }
            try {
                next = next.toRealPath();
            } catch (IOException e) {
                throw new OverlayRefusal(serverPath + ": cannot resolve " + name + ": " + e.getMessage());
            }
            if (!next.startsWith(root)) {
                throw new OverlayRefusal(serverPath + ": refusing a path through a symbolic link that leads outside the root ("
                        + root.relativize(at.resolve(name.toString())) + ")");
            }
            if (!Files.isDirectory(next)) {
                throw new OverlayRefusal(serverPath + ": " + root.relativize(next) + " is not a directory");
            }
            checkOwner(serverPath, next);
            at = next;
        }
        return at;
    }

    private void checkOwner(String serverPath, Path dir) throws OverlayRefusal {
        if (!requireRootOwned) {
            return;
        }
        try {
            int uid = (Integer) Files.getAttribute(dir, "unix:uid");
            if (uid != 0) {
                throw new OverlayRefusal(serverPath + ": refusing: directory " + root.relativize(dir)
                        + " is owned by uid " + uid + ", not root");
            }
        } catch (IOException e) {
            throw new OverlayRefusal(serverPath + ": cannot read the owner of " + root.relativize(dir) + ": " + e.getMessage());
        }
    }

    private static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
