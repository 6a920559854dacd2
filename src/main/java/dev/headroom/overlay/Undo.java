package dev.headroom.overlay;

import dev.headroom.overlay.OverlayOp.CreateDirectory;
import dev.headroom.overlay.OverlayOp.CreateSymlink;
import dev.headroom.overlay.OverlayOp.KeepOriginal;
import dev.headroom.overlay.OverlayOp.ReplaceBySymlink;
import dev.headroom.overlay.OverlayOp.WriteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts the tree back as it was before a journaled change, whether the change finished, stopped
 * half way (a crash) or never started. Each operation is undone by looking at what is there now,
 * so undoing twice, or undoing a step that never ran, is harmless. Afterwards the touched
 * directories get their old modification times back: the tree is the old one to the nanosecond.
 */
final class Undo {

    private final Path root;
    private final Disk disk;

    Undo(Path root, Disk disk) {
        this.root = root;
        this.disk = disk;
    }

    void run(Journal j) throws IOException {
        List<OverlayOp> ops = new ArrayList<>(j.ops);
        java.util.Collections.reverse(ops);
        for (OverlayOp op : ops) {
            undo(j.id, op);
        }
        for (Map.Entry<String, Long> e : j.directoryTimes.entrySet()) {
            Path dir = root.resolve(e.getKey());
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                disk.setModified(dir, e.getValue());
            }
        }
    }

    private void undo(String id, OverlayOp op) throws IOException {
        Path p = root.resolve(op.path());
        disk.delete(Disk.temp(p));
        if (op instanceof CreateDirectory) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isEmpty(p)) {
                disk.delete(p);
            }
        } else if (op instanceof KeepOriginal) {
            disk.delete(p);
        } else if (op instanceof WriteFile w) {
            Path backup = Journal.backup(root, id, w.path());
            if (!w.replaces()) {
                disk.delete(p);
            } else if (Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS)) {
                // No backup means the step never started: the file is untouched.
                disk.copyAtomically(backup, p);
            }
        } else if (op instanceof CreateSymlink s) {
            if (isLinkTo(p, s.target())) {
                disk.delete(p);
            }
        } else if (op instanceof ReplaceBySymlink r && isLinkTo(p, r.target())) {
            // Not a link to ours: never switched, or already put back.
            if (r.priorLink() != null) {
                disk.symlinkAtomically(p, r.priorLink());
            } else {
                disk.copyAtomically(Journal.backup(root, id, r.path()), p);
            }
        }
    }

    private static boolean isLinkTo(Path p, String target) throws IOException {
        return Files.isSymbolicLink(p) && Files.readSymbolicLink(p).toString().equals(target);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
