package dev.headroom.model.openbsd;

/**
 * Whether an OpenBSD release has a feature, as far as the sources headroom cites say
 * (shared/domain.md §E). {@link #UNKNOWN} is an answer, not a failure: between two dated
 * revisions that disagree, the release that changed it is not known, and headroom says so
 * instead of guessing.
 */
public enum Known {
    YES, NO, UNKNOWN;

    static Known of(boolean b) {
        return b ? YES : NO;
    }
}
