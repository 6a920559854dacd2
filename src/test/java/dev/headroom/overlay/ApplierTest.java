package dev.headroom.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplierTest {

    @TempDir
    Path tmp;

    private Path root() throws Exception {
        return OverlayFixture.build(tmp.resolve("root")).toRealPath();
    }

    private static ApplyResult apply(Path root, List<Change> changes, Validator v) throws OverlayRefusal {
        return Applier.apply(root, OverlayPlan.of(root, changes), v);
    }

    @Test
    void applyBuildsTheOverlayAndKeepsTheOriginal() throws Exception {
        Path root = root();
        FileAttrs before = FileAttrs.of(root.resolve("etc/httpd/conf.modules.d/00-mpm.conf"));

        ApplyResult r = apply(root, OverlayFixture.changes(), Validator.none());

        assertThat(r.ok()).as(r.message()).isTrue();
        assertThat(r.changeId()).matches("\\d{8}T\\d{6}\\.\\d{6}Z");
        Path mpm = root.resolve("etc/httpd/conf.modules.d/00-mpm.conf");
        assertThat(Files.readSymbolicLink(mpm)).hasToString("../conf.modules.d.dee/00-mpm.conf");
        assertThat(Files.readAllBytes(mpm)).isEqualTo(OverlayFixture.changes().get(0).content());
        Path orig = root.resolve("etc/httpd/conf.modules.d.dee/.orig/00-mpm.conf");
        assertThat(Files.readString(orig)).isEqualTo(OverlayFixture.MPM_OLD);
        assertThat(FileAttrs.of(orig)).isEqualTo(before);
        FileAttrs patched = FileAttrs.of(root.resolve("etc/httpd/conf.modules.d.dee/00-mpm.conf"));
        assertThat(patched.withoutTime()).isEqualTo(before.withoutTime());
        assertThat(Files.readAllBytes(root.resolve(OverlayFixture.DROP_IN.substring(1))))
                .isEqualTo(OverlayFixture.changes().get(3).content());
    }

    @Test
    void headroomsOwnStateIsNotWrittenThroughALinkLeadingOutOfTheRoot() throws Exception {
        Path root = root();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path state = root.resolve("var/lib/headroom");
        if (Files.exists(state)) {
            try (var walk = Files.walk(state)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(state.getParent());
        Files.createSymbolicLink(state, outside);
        String before = TreeSnapshot.of(root, true);

        ApplyResult r = apply(root, OverlayFixture.changes(), Validator.none());

        assertThat(r.ok()).isFalse();
        assertThat(r.message()).contains("outside the root");
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
        assertThat(TreeSnapshot.of(root, true)).isEqualTo(before);
    }

    @Test
    void applyThenRollbackGivesTheIdenticalTree() throws Exception {
        Path root = root();
        String before = TreeSnapshot.of(root, true);

        ApplyResult applied = apply(root, OverlayFixture.changes(), Validator.none());
        assertThat(TreeSnapshot.of(root, true)).isNotEqualTo(before);
        ApplyResult undone = Applier.rollback(root, null);

        assertThat(undone.ok()).as(undone.message()).isTrue();
        assertThat(undone.changeId()).isEqualTo(applied.changeId());
        assertThat(TreeSnapshot.of(root, true)).isEqualTo(before);
    }

    @Test
    void aSecondRollbackIsRefused() throws Exception {
        Path root = root();
        String id = apply(root, OverlayFixture.changes(), Validator.none()).changeId();
        assertThat(Applier.rollback(root, id).ok()).isTrue();

        ApplyResult again = Applier.rollback(root, id);

        assertThat(again.ok()).isFalse();
        assertThat(again.message()).isEqualTo("change " + id + " was already rolled back");
        assertThat(Applier.rollback(root, null).message()).isEqualTo("nothing to roll back: no applied change");
    }

    @Test
    void aSecondIdenticalApplyIsANoOp() throws Exception {
        Path root = root();
        apply(root, OverlayFixture.changes(), Validator.none());
        String after = TreeSnapshot.of(root, true, true);

        OverlayPlan plan = OverlayPlan.of(root, OverlayFixture.changes());
        ApplyResult second = Applier.apply(root, plan, Validator.none());

        assertThat(plan.isEmpty()).isTrue();
        assertThat(second.ok()).isTrue();
        assertThat(second.changeId()).isNull();
        assertThat(TreeSnapshot.of(root, true, true)).isEqualTo(after);
    }

    @Test
    void aFailedValidationLeavesTheOriginalTreeAndSaysWhy() throws Exception {
        Path root = root();
        String before = TreeSnapshot.of(root, true);

        ApplyResult r = apply(root, OverlayFixture.changes(),
                r2 -> Optional.of("AH00526: Syntax error on line 2 of 10-mpm-tuning.conf"));

        assertThat(r.ok()).isFalse();
        assertThat(r.message()).endsWith("AH00526: Syntax error on line 2 of 10-mpm-tuning.conf");
        assertThat(TreeSnapshot.of(root, true)).isEqualTo(before);
    }

    @Test
    void theValidatorSeesTheNewTree() throws Exception {
        Path root = root();
        String[] seen = new String[1];

        apply(root, OverlayFixture.changes(), r -> {
            seen[0] = readQuietly(r.resolve("etc/clamd.d/scan.conf"));
            return Optional.empty();
        });

        assertThat(seen[0]).contains("MaxThreads 4");
    }

    @Test
    void aHandMadeDeeLinkIsPatchedInPlaceAndStays() throws Exception {
        Path root = root();
        String before = TreeSnapshot.of(root, true);
        Path link = root.resolve("etc/clamd.d/scan.conf");

        String id = apply(root, List.of(OverlayFixture.changes().get(2)), Validator.none()).changeId();

        assertThat(Files.readSymbolicLink(link)).hasToString("../clamd.d.dee/scan.conf");
        assertThat(Files.readString(link)).contains("MaxThreads 4");
        assertThat(Files.readString(root.resolve("etc/clamd.d.dee/.orig/scan.conf"))).isEqualTo(OverlayFixture.SCAN_OLD);
        assertThat(Applier.rollback(root, id).ok()).isTrue();
        assertThat(TreeSnapshot.of(root, true)).isEqualTo(before);
    }

    @Test
    void twoChangesRollBackInOrderAndTheFirstOriginalIsKept() throws Exception {
        Path root = root();
        String before = TreeSnapshot.of(root, true);
        String first = apply(root, List.of(OverlayFixture.changes().get(0)), Validator.none()).changeId();
        String middle = TreeSnapshot.of(root, true);
        String second = apply(root, List.of(OverlayFixture.change(OverlayFixture.MPM, "LoadModule mpm_prefork_module x\n", "again")),
                Validator.none()).changeId();
        assertThat(Files.readString(root.resolve("etc/httpd/conf.modules.d.dee/.orig/00-mpm.conf"))).isEqualTo(OverlayFixture.MPM_OLD);

        assertThat(Applier.rollback(root, first).message()).contains("roll it back first");
        assertThat(Applier.rollback(root, null).changeId()).isEqualTo(second);
        assertThat(TreeSnapshot.of(root, true)).isEqualTo(middle);
        assertThat(Applier.rollback(root, null).changeId()).isEqualTo(first);
        assertThat(TreeSnapshot.of(root, true)).isEqualTo(before);
    }

    @Test
    void aSecondConcurrentApplyIsRefused() throws Exception {
        Path root = root();
        String before = TreeSnapshot.of(root, true);
        OverlayPlan plan = OverlayPlan.of(root, OverlayFixture.changes());
        try (FileChannel ch = FileChannel.open(ApplyLock.file(root), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {

            ApplyResult r = Applier.apply(root, plan, Validator.none());

            assertThat(r.ok()).isFalse();
            assertThat(r.message()).startsWith("another headroom apply or rollback is running");
        }
        assertThat(TreeSnapshot.of(root, true)).isEqualTo(before);
    }

    @Test
    void aPlanMadeBeforeTheTreeChangedIsRefused() throws Exception {
        Path root = root();
        OverlayPlan plan = OverlayPlan.of(root, OverlayFixture.changes());
        Files.writeString(root.resolve("etc/httpd/conf.modules.d/00-mpm.conf"), "edited meanwhile\n");

        ApplyResult r = Applier.apply(root, plan, Validator.none());

        assertThat(r.ok()).isFalse();
        assertThat(r.message()).isEqualTo("the files changed since the plan was made; plan again");
    }

    @Test
    void theJournalRecordsEveryOperation() throws Exception {
        Path root = root();
        String id = apply(root, OverlayFixture.changes(), Validator.none()).changeId();

        Journal j = Journal.read(root, id);

        assertThat(j.state).isEqualTo(Journal.State.APPLIED);
        Path twin = OverlayFixture.build(tmp.resolve("twin"));
        assertThat(OverlayOp.describeAll(j.ops)).hasSize(14)
                .isEqualTo(OverlayPlan.of(twin, OverlayFixture.changes()).describe());
        assertThat(new String(((OverlayOp.WriteFile) j.ops.get(2)).content(), StandardCharsets.UTF_8)).contains("MaxThreads 4");
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
