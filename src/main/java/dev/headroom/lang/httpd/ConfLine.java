package dev.headroom.lang.httpd;

/**
 * One logical line of an httpd configuration file: its physical lines joined at backslash
 * continuations and trimmed, exactly the string httpd's {@code ap_cfg_getline} hands to the
 * config builder. Comments are included (the caller decides what a comment is, since a
 * skipped section reads lines differently from a live one).
 *
 * @param text       the joined, trimmed logical line
 * @param line       1-based physical line where the statement starts
 * @param column     1-based column of its first character
 * @param firstToken index of its first token in the token stream (for edits)
 * @param lastToken  index of its last token in the token stream
 */
public record ConfLine(String text, int line, int column, int firstToken, int lastToken) {
}
