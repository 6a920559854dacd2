package dev.headroom.model.clamav.db;

/**
 * What libclamav does with one line of a database file: load it (it counts as a signature in
 * the formats that count), skip it quietly (a comment, a level range that excludes this engine,
 * an ignored name), or reject it, which fails the whole load.
 *
 * @param kind   which of the three
 * @param reason why it was skipped or rejected; null when loaded
 */
record LineOutcome(Kind kind, String reason) {

    enum Kind { LOADED, SKIPPED, MALFORMED }

    static final LineOutcome LOADED = new LineOutcome(Kind.LOADED, null);

    static LineOutcome skipped(String reason) {
        return new LineOutcome(Kind.SKIPPED, reason);
    }

    static LineOutcome malformed(String reason) {
        return new LineOutcome(Kind.MALFORMED, reason);
    }
}
