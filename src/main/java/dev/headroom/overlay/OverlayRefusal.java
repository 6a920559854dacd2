package dev.headroom.overlay;

/**
 * A change headroom will not make, with a message for people (never shown as a stack trace):
 * a path outside the root, a directory where a file should be, a tree that changed since
 * planning.
 */
public final class OverlayRefusal extends Exception {

    public OverlayRefusal(String message) {
        super(message, null, false, false);
    }
}
