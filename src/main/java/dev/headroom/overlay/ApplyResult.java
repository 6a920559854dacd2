package dev.headroom.overlay;

/**
 * What {@link Applier} did, for people: never an exception.
 *
 * @param ok       true when the tree now holds what was asked
 * @param changeId the change made or undone, or null when nothing was changed
 * @param message  one line: what happened, or why not
 */
public record ApplyResult(boolean ok, String changeId, String message) {

    static ApplyResult ok(String changeId, String message) {
        return new ApplyResult(true, changeId, message);
    }

    static ApplyResult refused(String changeId, String message) {
        return new ApplyResult(false, changeId, message);
    }
}
