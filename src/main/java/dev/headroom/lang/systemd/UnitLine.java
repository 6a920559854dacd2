package dev.headroom.lang.systemd;

/**
 * One logical line of a unit file as systemd's config_parse() hands it to parse_line(): its
 * physical lines joined (each continuing backslash replaced by a space, comment lines in
 * between dropped), then stripped. Comment and blank lines are not kept.
 *
 * @param text   the joined, stripped logical line
 * @param line   1-based physical line where it starts
 * @param column 1-based column of its first character
 * @param start  offset of its first character in the file text (for edits)
 * @param stop   offset of its last character
 * @param reportedLine the line number systemd gives in its messages about it: the physical
 *               line that ends it (after a continuation, not the one where it starts)
 */
public record UnitLine(String text, int line, int column, int start, int stop, int reportedLine) {

    /** A {@code [Section]} line (well formed or not: parse_line decides). */
    public boolean isSectionHeader() {
        return text.startsWith("[");
    }
}
