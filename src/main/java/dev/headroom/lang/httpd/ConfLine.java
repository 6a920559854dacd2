package dev.headroom.lang.httpd;

/**
 * One logical line of an httpd configuration file: its physical lines joined at backslash
 * continuations and trimmed, exactly the string httpd's {@code ap_cfg_getline} hands to the
 * config builder. Comment lines are not kept: nothing httpd does depends on them.
 *
 * <p>Only offsets are held; the string is built when asked for, so a parsed file costs a few
 * words per line rather than a copy of its text.
 *
 * @param source the file text the offsets point into
 * @param line   1-based physical line where the statement starts
 * @param column 1-based column of its first character
 * @param start  offset of its first character in the file text (for edits)
 * @param stop   offset of its last character
 */
public record ConfLine(String source, int line, int column, int start, int stop) {

    /** The joined, trimmed logical line. */
    public String text() {
        return ConfWords.trim(HttpdSyntax.join(source.substring(start, stop + 1)));
    }
}
