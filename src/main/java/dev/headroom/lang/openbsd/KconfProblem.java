package dev.headroom.lang.openbsd;

/**
 * Something config(8) would say about a line of a kernel configuration file, or (for
 * {@link Kind#MISSING_NEWLINE}) would say when the file is the one it was given. The syntax
 * layer only says what happens; rules decide how much it matters. config(8) counts every one of
 * its errors and builds nothing when there is any.
 *
 * @param kind    what is wrong
 * @param line    1-based line (lines end at {@code \n}, as config counts them)
 * @param column  1-based byte column on that line
 * @param message what config(8) says, in its own words where it prints any
 */
public record KconfProblem(Kind kind, int line, int column, String message) {

    public enum Kind {
        /**
         * A line the grammar does not accept: config(8) prints "syntax error" for it
         * ({@code yyerror}), skips to the next newline and goes on reading (gram.y
         * {@code spec: error '\n'}). The line sets nothing.
         */
        SYNTAX_ERROR,
        /**
         * A quoted string with no closing quote before the newline or the end of the file:
         * config(8) prints "closing quote missing", takes the string up to there as a word
         * (scan.l) and goes on; the line may still be read.
         */
        UNTERMINATED_QUOTE,
        /**
         * The last statement has no newline after it. Every statement ends with a newline in
         * the grammar ({@code spec: config_spec '\n'}), so config(8) reports a syntax error at the
         * end of the file it was given; an included file's last statement is ended by the
         * newline after the {@code include} instead (scan.l goes back to the including file).
         */
        MISSING_NEWLINE
    }
}
