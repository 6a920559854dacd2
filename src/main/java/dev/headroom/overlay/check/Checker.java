package dev.headroom.overlay.check;

import java.nio.file.Path;
import java.util.List;

/** One daemon's own configuration checker, run on a tree. */
public interface Checker {

    /** What to call it in messages ("systemd-analyze verify"). */
    String name();

    /** Whether any of these changed files (server paths) is its daemon's. */
    boolean concerns(List<String> changedFiles);

    /**
     * The checker's messages on the tree, the root's own path replaced by nothing so that runs on
     * two trees compare; null when the checker is not installed.
     */
    List<String> messages(Path root, List<String> changedFiles);
}
