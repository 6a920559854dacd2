package dev.headroom.lang.openbsd;

/**
 * One item of an {@code option}, {@code rmoption} or {@code makeoption} list.
 *
 * <p>config(8) passes a kernel option to cc as {@code -DNAME} or {@code -DNAME="VALUE"}, a number
 * re-written in hex ({@code NMBCLUSTERS=8192} becomes {@code -DNMBCLUSTERS="0x2000"}: gram.y
 * {@code value}). An item written as one quoted word, {@code option "NMBCLUSTERS=1024"}, is to
 * config an option named {@code NMBCLUSTERS=1024} with no value, which reaches cc as
 * {@code -DNMBCLUSTERS=1024}: the same macro. It is split here at its first {@code =} so that both
 * spellings give the name {@code NMBCLUSTERS}; {@link #quoted()} says which was written.
 *
 * @param name      the option's name (for a quoted item, the part before its first {@code =})
 * @param valueText the value as config(8) reads it: a word, the inside of a quoted string (a
 *                  {@code \"} kept as written, as config keeps it), the empty string for
 *                  {@code ""}, or a number as written with its sign ({@code -0x10}); null when
 *                  there is none (and always for {@code rmoption})
 * @param line      1-based line of the name
 * @param column    1-based column of the name (of the opening quote when quoted)
 * @param quoted    whether name and value were written as one quoted word
 * @param start     offset of the item's first character in the file text (for edits)
 * @param stop      offset of its last character
 */
public record KconfOption(String name, String valueText, int line, int column, boolean quoted,
        int start, int stop) {

    /** The value as a number, read the way config(8) reads numbers; null when it is none. */
    public Long number() {
        return KconfSyntax.number(valueText);
    }
}
