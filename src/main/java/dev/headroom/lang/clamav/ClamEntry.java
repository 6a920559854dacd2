package dev.headroom.lang.clamav;

/**
 * One option line as ClamAV's {@code optparse()} reads it: a name and an argument, before the
 * name is looked up or the argument checked (that is {@code dev.headroom.model.clamav.ClamConfig}).
 *
 * @param name           the option name as written: the bytes up to the first space or tab
 *                       (names are case-sensitive, and a long command-line name such as
 *                       {@code log} is accepted too)
 * @param argument       the argument after optparse's handling: blanks and the newline trimmed at
 *                       both ends (a CR is kept), and for an argument starting with {@code "},
 *                       what lies between it and the <em>last</em> {@code "} of the line
 * @param quoted         whether the argument was written in quotes
 * @param line           1-based physical line (lines end at {@code \n})
 * @param column         1-based byte column of the name
 * @param argumentColumn 1-based byte column of the argument's first byte (after the opening quote)
 * @param readerLine     the line number ClamAV prints: one per {@code fgets()} read of at most 1023
 *                       bytes, so it runs ahead of {@code line} after a longer line
 * @param start          offset of the name's first byte in the file text (for edits)
 * @param stop           offset of the argument's last byte as written (for a quoted one, the closing
 *                       quote or whatever follows it on the line, which optparse drops)
 */
public record ClamEntry(String name, String argument, boolean quoted, int line, int column, int argumentColumn,
        int readerLine, int start, int stop) {
}
