package dev.headroom.overlay;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks the tree after a change with the daemon's own checker ({@code apachectl -t},
 * {@code systemd-analyze verify}, {@code clamconf}, ...). Returns empty when the tree is good,
 * else the checker's message; the change is then rolled back.
 */
@FunctionalInterface
public interface Validator {

    Optional<String> failure(Path root);

    static Validator none() {
        return root -> Optional.empty();
    }
}
