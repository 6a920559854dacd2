package dev.headroom.repl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.headroom.overlay.Change;
import dev.headroom.overlay.OverlayPlan;
import dev.headroom.overlay.OverlayRefusal;
import dev.headroom.plan.FileEdit;

/** The what-ifs' edits as the overlay {@code headroom apply --plan} would write: the same operations and diff. */
final class Overlays {

    private Overlays() {
    }

    static OverlayPlan of(Path root, List<FileEdit> edits) throws OverlayRefusal {
        List<Change> changes = new ArrayList<>();
        for (FileEdit e : edits) {
            changes.add(new Change("/" + e.file(), e.after().getBytes(StandardCharsets.ISO_8859_1),
                    "fixes " + String.join(", ", e.fixes())));
        }
        return OverlayPlan.of(root, changes);
    }
}
