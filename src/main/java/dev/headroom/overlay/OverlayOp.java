package dev.headroom.overlay;

import java.util.List;

/**
 * One filesystem operation of an overlay plan. Paths are relative to the root, with {@code /}
 * separators, so a plan prints and journals the same on every host. Each operation knows which
 * paths it touches (for locking out conflicting rollbacks) and prints as one line for
 * {@code apply --dry-run}.
 */
public sealed interface OverlayOp {

    /** One line for people, e.g. {@code create directory etc/httpd/conf.modules.d.dee}. */
    String describe();

    /** The path this operation creates or replaces. */
    String path();

    /** A directory that did not exist; made with the mode and owner of its nearest existing parent. */
    record CreateDirectory(String path, FileAttrs attrs) implements OverlayOp {
        public String describe() {
            return "create directory " + path;
        }
    }

    /** Copies the file as it is now to {@code D.dee/.orig/F}, with mode, owner and mtime. */
    record KeepOriginal(String source, String path) implements OverlayOp {
        public String describe() {
            return "keep original " + source + " as " + path;
        }
    }

    /**
     * Writes the new content (beside the target, then an atomic rename).
     *
     * @param replaces true when a file is there already (patched in place; backed up first)
     */
    record WriteFile(String path, byte[] content, FileAttrs attrs, boolean replaces) implements OverlayOp {
        public String describe() {
            return (replaces ? "patch file " : "write file ") + path + " (" + content.length + " bytes, "
                    + attrs.perms() + " " + attrs.uid() + ":" + attrs.gid() + ")";
        }
    }

    /** A new symbolic link where nothing was. */
    record CreateSymlink(String path, String target) implements OverlayOp {
        public String describe() {
            return "create symlink " + path + " -> " + target;
        }
    }

    /**
     * Replaces a file (or a symbolic link pointing elsewhere) by the overlay link, atomically.
     *
     * @param priorLink the old link target when the path was a symbolic link, else null
     */
    record ReplaceBySymlink(String path, String target, String priorLink) implements OverlayOp {
        public String describe() {
            return "replace " + path + " by a symlink to " + target;
        }
    }

    /** The lines of {@link #describe()} for a list of operations. */
    static List<String> describeAll(List<OverlayOp> ops) {
        return ops.stream().map(OverlayOp::describe).toList();
    }
}
