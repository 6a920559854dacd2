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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies an {@link OverlayPlan} as one transaction, rolls changes back, and recovers after a
 * crash. Guarantees, under the lock {@code ROOT/var/lib/headroom/lock}:
 * <ul>
 * <li>the journal is on disk before the tree is touched; every new file is written beside its
 *     target and renamed into place; every link is switched by one rename;</li>
 * <li>after a crash, {@link #recover} (run first by every apply and rollback, and by the CLI at
 *     start) <em>undoes</em> any change that did not reach {@code APPLIED} — including one that
 *     was fully written but not yet validated — so the tree is exactly the old one, directory
 *     times included;</li>
 * <li>a change the validator rejects is rolled back before {@code apply} returns;</li>
 * <li>nothing throws to the caller: every outcome is an {@link ApplyResult} with a message.</li>
 * </ul>
 */
public final class Applier {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Applier() {
    }

    public static ApplyResult apply(Path root, OverlayPlan plan, Validator validator) {
        Disk disk = new Disk(CrashHook.fromEnvironment());
        try {
            Path real = root.toRealPath();
            if (!real.equals(plan.root())) {
                return ApplyResult.refused(null, "the plan was made for " + plan.root() + ", not " + real);
            }
            try (ApplyLock lock = ApplyLock.take(real)) {
                recoverLocked(real, disk);
                OverlayPlan now = OverlayPlan.of(real, plan.changes());
                if (!now.sameAs(plan)) {
                    return ApplyResult.refused(null, "the files changed since the plan was made; plan again");
                }
                if (now.isEmpty()) {
                    return ApplyResult.ok(null, "nothing to change: the files already hold this content");
                }
                return transact(real, now, validator, disk);
            }
        } catch (OverlayRefusal e) {
            return ApplyResult.refused(null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return ApplyResult.refused(null, "apply failed: " + e);
        }
    }

    /**
     * Undoes change {@code changeId}, or the latest applied change when null. Refuses a change
     * already rolled back, and one that a later applied change builds on.
     */
    public static ApplyResult rollback(Path root, String changeId) {
        Disk disk = new Disk(CrashHook.fromEnvironment());
        try {
            Path real = root.toRealPath();
            try (ApplyLock lock = ApplyLock.take(real)) {
                recoverLocked(real, disk);
                List<String> ids = Journal.ids(real);
                String id = changeId != null ? changeId : latestApplied(real, ids);
                if (id == null) {
                    return ApplyResult.refused(null, "nothing to roll back: no applied change");
                }
                if (!ids.contains(id)) {
                    return ApplyResult.refused(id, "no change " + id + " (see " + Journal.changesDir(real) + ")");
                }
                Journal j = Journal.read(real, id);
                if (j.state == Journal.State.ROLLED_BACK) {
                    return ApplyResult.refused(id, "change " + id + " was already rolled back");
                }
                String later = laterOverlapping(real, ids, j);
                if (later != null) {
                    return ApplyResult.refused(id, "change " + later + " was applied after " + id
                            + " to the same files; roll it back first");
                }
                j.set(Journal.State.ROLLING_BACK, "rollback requested", real, disk);
                new Undo(real, disk).run(j);
                j.set(Journal.State.ROLLED_BACK, "rolled back", real, disk);
                return ApplyResult.ok(id, "rolled back change " + id);
            }
        } catch (OverlayRefusal e) {
            return ApplyResult.refused(changeId, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return ApplyResult.refused(changeId, "rollback failed: " + e + "; run it again to finish");
        }
    }

    /** Undoes every change left unfinished by a crash; call at the start of every run. */
    public static ApplyResult recover(Path root) {
        Disk disk = new Disk(CrashHook.fromEnvironment());
        try {
            Path real = root.toRealPath();
            if (!Files.isDirectory(Journal.changesDir(real))) {
                return ApplyResult.ok(null, "nothing to recover");
            }
            try (ApplyLock lock = ApplyLock.take(real)) {
                List<String> undone = recoverLocked(real, disk);
                return ApplyResult.ok(undone.isEmpty() ? null : undone.get(undone.size() - 1),
                        undone.isEmpty() ? "nothing to recover" : "undid interrupted change(s) " + String.join(", ", undone));
            }
        } catch (OverlayRefusal e) {
            return ApplyResult.refused(null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return ApplyResult.refused(null, "recovery failed: " + e + "; run it again");
        }
    }

    private static List<String> recoverLocked(Path root, Disk disk) throws IOException {
        List<String> undone = new ArrayList<>();
        for (String id : Journal.ids(root)) {
            Journal j = Journal.read(root, id);
            if (j.state == Journal.State.PENDING || j.state == Journal.State.COMMITTED
                    || j.state == Journal.State.ROLLING_BACK) {
                new Undo(root, disk).run(j);
                j.set(Journal.State.ROLLED_BACK, "undone by recovery: the " + j.state.name().toLowerCase()
                        + " change was interrupted", root, disk);
                undone.add(id);
            }
        }
        return undone;
    }

    private static ApplyResult transact(Path root, OverlayPlan plan, Validator validator, Disk disk) throws IOException {
        Journal j = new Journal();
        j.id = newId(root);
        j.state = Journal.State.PENDING;
        j.ops = plan.operations();
        j.why = plan.changes().stream().map(c -> c.path() + ": " + c.why()).toList();
        j.directoryTimes = directoryTimes(root, plan.operations());
        j.save(root, disk);
        try {
            for (OverlayOp op : plan.operations()) {
                execute(root, j.id, op, disk);
            }
        } catch (IOException | RuntimeException e) {
            undo(root, j, disk, "apply failed: " + e.getMessage());
            return ApplyResult.refused(j.id, "apply failed, the change was undone: " + e.getMessage());
        }
        j.set(Journal.State.COMMITTED, "written, not yet validated", root, disk);
        Optional<String> failure;
        try {
            failure = validator.failure(root);
        } catch (RuntimeException e) {
            failure = Optional.of("the checker failed: " + e);
        }
        if (failure.isPresent()) {
            undo(root, j, disk, "validation failed: " + failure.get());
            return ApplyResult.refused(j.id, "validation failed, the change was rolled back: " + failure.get());
        }
        j.set(Journal.State.APPLIED, "applied and validated", root, disk);
        return ApplyResult.ok(j.id, "applied change " + j.id + " (" + plan.operations().size() + " operations)");
    }

    private static void undo(Path root, Journal j, Disk disk, String why) throws IOException {
        j.set(Journal.State.ROLLING_BACK, why, root, disk);
        new Undo(root, disk).run(j);
        j.set(Journal.State.ROLLED_BACK, why, root, disk);
    }

    private static void execute(Path root, String id, OverlayOp op, Disk disk) throws IOException {
        Path p = inside(root, op.path());
        if (op instanceof CreateDirectory d) {
            disk.createDirectory(p, d.attrs());
        } else if (op instanceof KeepOriginal k) {
            disk.copyAtomically(inside(root, k.source()), p);
        } else if (op instanceof WriteFile w) {
            if (w.replaces()) {
                backup(root, id, w.path(), disk);
            }
            disk.writeAtomically(p, w.content(), w.attrs());
        } else if (op instanceof CreateSymlink s) {
            disk.symlinkAtomically(p, s.target());
        } else if (op instanceof ReplaceBySymlink r) {
            if (r.priorLink() == null) {
                backup(root, id, r.path(), disk);
            }
            disk.symlinkAtomically(p, r.target());
        }
    }

    private static void backup(Path root, String id, String rel, Disk disk) throws IOException {
        Path backup = Journal.backup(root, id, rel);
        disk.createDirectories(backup.getParent());
        disk.copyAtomically(inside(root, rel), backup);
    }

    /** A journaled path, checked again: a hand-edited journal must not lead outside the root. */
    static Path inside(Path root, String rel) throws IOException {
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IOException(rel + ": outside the root");
        }
        return p;
    }

    /** Every existing directory whose entries the change adds, replaces or removes. */
    private static TreeMap<String, Long> directoryTimes(Path root, List<OverlayOp> ops) throws IOException {
        Set<String> created = new HashSet<>();
        for (OverlayOp op : ops) {
            if (op instanceof CreateDirectory) {
                created.add(op.path());
            }
        }
        TreeMap<String, Long> times = new TreeMap<>();
        for (OverlayOp op : ops) {
            Path parent = inside(root, op.path()).getParent();
            String rel = root.relativize(parent).toString();
            if (!created.contains(rel) && Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                times.put(rel, FileAttrs.of(parent).mtimeNanos());
            }
        }
        return times;
    }

    private static String newId(Path root) throws IOException {
        List<String> ids = Journal.ids(root);
        String last = ids.isEmpty() ? "" : ids.get(ids.size() - 1);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String id = ID.format(t);
        while (id.compareTo(last) <= 0 || Files.exists(Journal.dir(root, id))) {
            t = t.plus(1, ChronoUnit.MICROS);
            id = ID.format(t);
        }
        return id;
    }

    private static String latestApplied(Path root, List<String> ids) throws IOException {
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (Journal.read(root, ids.get(i)).state == Journal.State.APPLIED) {
                return ids.get(i);
            }
        }
        return null;
    }

    private static String laterOverlapping(Path root, List<String> ids, Journal j) throws IOException {
        Set<String> mine = new HashSet<>();
        j.ops.forEach(op -> mine.add(op.path()));
        for (int i = ids.indexOf(j.id) + 1; i < ids.size(); i++) {
            Journal later = Journal.read(root, ids.get(i));
            if (later.state == Journal.State.APPLIED && later.ops.stream().anyMatch(op -> mine.contains(op.path()))) {
                return later.id;
            }
        }
        return null;
    }
}
