package dev.headroom.lang.openbsd;

import java.util.List;

/**
 * One statement config(8) accepts, possibly spread over continuation lines.
 *
 * @param kind    what the statement does
 * @param line    1-based line of its first token
 * @param column  1-based column of its first token
 * @param words   its tokens as config(8) reads them, in order: keywords, words, numbers as
 *                written, punctuation ({@code *}, {@code ?}, {@code =}, {@code ,}, {@code -}) as tokens of
 *                their own, a quoted string without its quotes; no comments
 * @param options for {@link Kind#OPTION}, {@link Kind#RMOPTION} and {@link Kind#MAKEOPTION} the
 *                items of its list, in order; empty for the others
 * @param start   offset of its first character in the file text (for edits)
 * @param stop    offset of its last character (the newline and a trailing comment excluded)
 */
public record KconfStatement(Kind kind, int line, int column, List<String> words,
        List<KconfOption> options, int start, int stop) {

    public enum Kind {
        /** {@code option}/{@code options NAME[=VALUE], ...}: kernel options, cpp macros. */
        OPTION,
        /** {@code rmoption}/{@code rmoptions NAME, ...}: removes options set before. */
        RMOPTION,
        /** {@code makeoption}/{@code makeoptions NAME=VALUE, ...}: variables of the Makefile. */
        MAKEOPTION,
        /** {@code maxusers N}: scales the kernel's tables. */
        MAXUSERS,
        /** {@code include "file"}. */
        INCLUDE,
        /** {@code machine ARCH [MACHINE_ARCH]}. */
        MACHINE,
        /** {@code config NAME root on DEV swap on DEV [and DEV ...] dumps on DEV}. */
        CONFIG,
        /** {@code pseudo-device NAME [COUNT] [disable]}. */
        PSEUDO_DEVICE,
        /** {@code dev[*] at parent[?] [disable] [locator value|? ...] [flags N]}, or {@code ... enable}. */
        DEVICE,
        /** {@code source}, {@code build}, {@code file} and {@code object} lines. */
        OTHER
    }

    /** The statement's keyword or, for a device, its instance name: the first word. */
    public String keyword() {
        return words.get(0);
    }
}
