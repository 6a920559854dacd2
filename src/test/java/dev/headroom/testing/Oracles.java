package dev.headroom.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Access to what tests need from outside the project: the shared corpus and the real daemons.
 * In CI (CI=true) a missing one fails the test; elsewhere the test is skipped.
 */
public final class Oracles {

    private Oracles() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails in CI, skips elsewhere. */
    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (inCi()) {
            Assertions.fail(what + " is required in CI but missing");
        }
        Assumptions.abort(what + " is missing; skipped outside CI");
    }

    /** {@code ../shared/corpus/<sub>} next to the project. */
    public static Path corpus(String sub) {
        String shared = System.getProperty("headroom.shared", "../shared");
        Path p = Path.of(shared, "corpus", sub);
        require(Files.isDirectory(p), "the shared corpus (" + p + ")");
        return p;
    }

    public static Path project() {
        return Path.of(System.getProperty("headroom.basedir", "."));
    }

    /** Debian's apache2 package: its configuration tree. */
    public static Path debianApacheTree() {
        Path p = Path.of("/etc/apache2");
        require(Files.isRegularFile(p.resolve("apache2.conf")), "Debian's apache2 package (/etc/apache2)");
        return p;
    }
}
