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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered filesystem operations that put a list of changes into the {@code .dee} overlay
 * layout (DESIGN §4), and the unified diff of each file. Making a plan only reads the disk: not
 * a byte, mode or timestamp changes. A change whose content is already there plans nothing, so
 * a second identical apply is a no-op.
 *
 * <p>Layout: for {@code D/F}, the new bytes go to {@code D.dee/F}, {@code D/F} becomes the
 * relative link {@code ../D.dee/F}, the original is kept as {@code D.dee/.orig/F}. When
 * {@code D/F} already is that link, {@code D.dee/F} is patched in place.
 */
public final class OverlayPlan {

    static final String ORIG = ".orig";

    private final Path root;
    private final List<Change> changes;
    private final List<OverlayOp> ops;
    private final List<FileDiff> diffs;

    private OverlayPlan(Path root, List<Change> changes, List<OverlayOp> ops, List<FileDiff> diffs) {
        this.root = root;
        this.changes = List.copyOf(changes);
        this.ops = List.copyOf(ops);
        this.diffs = List.copyOf(diffs);
    }

    /**
     * Plans the changes against the tree as it is now.
     *
     * @throws OverlayRefusal with a message for people when a change cannot be made safely
     */
    public static OverlayPlan of(Path root, List<Change> changes) throws OverlayRefusal {
        RootGuard guard = new RootGuard(root);
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::path));
        Builder b = new Builder(guard.root());
        Set<String> seen = new HashSet<>();
        for (Change c : sorted) {
            String rel = guard.relative(c.path());
            if (!seen.add(rel)) {
                throw new OverlayRefusal(c.path() + ": changed twice in one plan");
            }
            try {
                b.add(rel, c.content());
            } catch (IOException e) {
                throw new OverlayRefusal(c.path() + ": cannot read: " + e.getMessage());
            }
        }
        return new OverlayPlan(guard.root(), sorted, b.ops, b.diffs);
    }

    public Path root() {
        return root;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<OverlayOp> operations() {
        return ops;
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    /** One line per operation, in order, for {@code apply --dry-run}. */
    public List<String> describe() {
        return OverlayOp.describeAll(ops);
    }

    /** A unified diff per changed file, sorted by path. */
    public String diff() {
        StringBuilder sb = new StringBuilder();
        for (FileDiff d : diffs) {
            sb.append(d.unified());
        }
        return sb.toString();
    }

    /** True when both plans would do the same to the same bytes (the tree did not move). */
    boolean sameAs(OverlayPlan other) {
        if (!describe().equals(other.describe()) || diffs.size() != other.diffs.size()) {
            return false;
        }
        for (int i = 0; i < diffs.size(); i++) {
            if (!diffs.get(i).sameAs(other.diffs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Accumulates operations; knows which directories earlier changes already create. */
    private static final class Builder {
        private final Path root;
        private final List<OverlayOp> ops = new ArrayList<>();
        private final List<FileDiff> diffs = new ArrayList<>();
        private final Set<String> planned = new HashSet<>();

        Builder(Path root) {
            this.root = root;
        }

        void add(String rel, byte[] content) throws IOException, OverlayRefusal {
            Path file = root.resolve(rel);
            Path dir = file.getParent();
            String name = file.getFileName().toString();
            String deeName = dir.getFileName() + ".dee";
            Path dee = dir.resolveSibling(deeName);
            String link = "../" + deeName + "/" + name;
            Path patched = dee.resolve(name);
            Path orig = dee.resolve(ORIG).resolve(name);

            if (Files.isSymbolicLink(file) && Files.readSymbolicLink(file).toString().equals(link)) {
                // The user made the overlay by hand (or an earlier apply did): patch D.dee/F.
                if (!Files.isRegularFile(patched, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OverlayRefusal(rel + ": links to " + link + ", which is not a regular file");
                }
                byte[] old = Files.readAllBytes(patched);
                if (Arrays.equals(old, content)) {
                    return;
                }
                directory(dee.resolve(ORIG));
                keepOriginal(patched, orig);
                ops.add(new WriteFile(rel(patched), content, FileAttrs.of(patched).withoutTime(), true));
                diffs.add(new FileDiff(rel, old, content));
                return;
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new OverlayRefusal(rel + ": is a directory, not a file");
            }
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (!exists) {
                directory(dir);
                directory(dee);
                ops.add(new WriteFile(rel(patched), content, newFileAttrs(dee), Files.exists(patched, LinkOption.NOFOLLOW_LINKS)));
                ops.add(new CreateSymlink(rel, link));
                diffs.add(new FileDiff(rel, null, content));
                return;
            }
            Path real = insideRoot(file, rel);
            if (!Files.isRegularFile(real)) {
                throw new OverlayRefusal(rel + ": is not a regular file");
            }
            byte[] old = Files.readAllBytes(real);
            if (Arrays.equals(old, content)) {
                return;
            }
            String priorLink = Files.isSymbolicLink(file) ? Files.readSymbolicLink(file).toString() : null;
            directory(dee);
            directory(dee.resolve(ORIG));
            keepOriginal(real, orig);
            ops.add(new WriteFile(rel(patched), content, FileAttrs.of(real).withoutTime(), Files.exists(patched, LinkOption.NOFOLLOW_LINKS)));
            ops.add(new ReplaceBySymlink(rel, link, priorLink));
            diffs.add(new FileDiff(rel, old, content));
        }

        /** A file behind a symbolic link pointing elsewhere (Debian's sites-enabled) must stay inside the root. */
        private Path insideRoot(Path file, String rel) throws IOException, OverlayRefusal {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                throw new OverlayRefusal(rel + ": is a symbolic link leading outside the root");
            }
            return real;
        }

        private void keepOriginal(Path current, Path orig) throws OverlayRefusal {
            if (Files.exists(orig, LinkOption.NOFOLLOW_LINKS)) {
                // The first original stays: .orig holds what the package shipped, not our last edit.
                if (!Files.isRegularFile(orig, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OverlayRefusal(rel(orig) + ": is not a regular file");
                }
                return;
            }
            ops.add(new KeepOriginal(rel(current), rel(orig)));
        }

        private void directory(Path dir) throws IOException, OverlayRefusal {
            if (planned.contains(rel(dir))) {
                return;
            }
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OverlayRefusal(rel(dir) + ": exists and is not a directory");
                }
                return;
            }
            directory(dir.getParent());
            Path parent = dir.getParent();
            FileAttrs like = planned.contains(rel(parent)) ? findPlanned(rel(parent)) : FileAttrs.of(parent);
            ops.add(new CreateDirectory(rel(dir), new FileAttrs(like.perms(), like.uid(), like.gid(), 0)));
            planned.add(rel(dir));
        }

        private FileAttrs findPlanned(String rel) {
            for (OverlayOp op : ops) {
                if (op instanceof CreateDirectory d && d.path().equals(rel)) {
                    return d.attrs();
                }
            }
            throw new IllegalStateException(rel);
        }

        private FileAttrs newFileAttrs(Path dee) throws IOException {
            Path owner = dee;
            while (!Files.exists(owner)) {
                owner = owner.getParent();
            }
            FileAttrs d = FileAttrs.of(owner);
            return new FileAttrs("rw-r--r--", d.uid(), d.gid(), 0);
        }

        private String rel(Path p) {
            return root.relativize(p).toString();
        }
    }
}
