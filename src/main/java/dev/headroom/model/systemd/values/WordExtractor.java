package dev.headroom.model.systemd.values;

/**
 * {@code extract_first_word()} of {@code src/basic/extract-word.c} (v252), for the two ways the
 * parsers here call it: {@code Delegate=} splits on {@code WHITESPACE} with
 * {@code EXTRACT_UNQUOTE} (quotes group, a backslash takes the next character literally), and
 * {@code rlimit_parse()} splits {@code soft:hard} on {@code ":"} with
 * {@code EXTRACT_DONT_COALESCE_SEPARATORS} (so {@code :5} has an empty first word, and a
 * backslash still escapes: {@code 10\24} is {@code 1024}). An unterminated quote or a trailing
 * backslash is {@code EINVAL}.
 */
final class WordExtractor {

    private final String s;
    private final String separators;
    private final boolean unquote;
    private final boolean dontCoalesce;
    /** C's {@code *p}; -1 is NULL (the input is used up). */
    private int p;

    private WordExtractor(String s, String separators, boolean unquote, boolean dontCoalesce) {
        this.s = Whitespace.cString(s);
        this.separators = separators;
        this.unquote = unquote;
        this.dontCoalesce = dontCoalesce;
    }

    /** Words separated by systemd's WHITESPACE, quotes removed ({@code EXTRACT_UNQUOTE}). */
    static WordExtractor unquotingWords(String s) {
        return new WordExtractor(s, " \t\n\r", true, false);
    }

    /** Fields separated by one {@code :} each ({@code EXTRACT_DONT_COALESCE_SEPARATORS}). */
    static WordExtractor colonFields(String s) {
        return new WordExtractor(s, ":", false, true);
    }

    /** {@code isempty(*p)} after the calls so far. */
    boolean restIsEmpty() {
        return p < 0 || p >= s.length();
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private boolean isSeparator(char c) {
        return c != '\0' && separators.indexOf(c) >= 0;
    }

    /** The next word, or null when there is none (the C function's return value 0). */
    String next() throws ParseFailure {
        if (p < 0) {
            return null;
        }
        StringBuilder word = dontCoalesce ? new StringBuilder() : null;
        for (;; p++) {
            char c = at(p);
            if (c == '\0') {
                return terminate(word);
            } else if (isSeparator(c)) {
                if (dontCoalesce) {
                    p++;
                    return word.toString();
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                break;
            }
        }
        boolean backslash = false;
        char quote = 0;
        for (;; p++) {
            char c = at(p);
            if (backslash) {
                if (c == '\0') {
                    throw Errno.EINVAL.failure();
                }
                word.append(c);
                backslash = false;
            } else if (quote != 0) {
                for (;; p++) {
                    c = at(p);
                    if (c == '\0') {
                        throw Errno.EINVAL.failure();
                    } else if (c == quote) {
                        quote = 0;
                        if (unquote) {
                            break;
                        }
                    } else if (c == '\\') {
                        backslash = true;
                        break;
                    }
                    word.append(c);
                    if (quote == 0) {
                        break;
                    }
                }
            } else {
                for (;; p++) {
                    c = at(p);
                    if (c == '\0') {
                        return terminate(word);
                    } else if ((c == '\'' || c == '"') && unquote) {
                        quote = c;
                        break;
                    } else if (c == '\\') {
                        backslash = true;
                        break;
                    } else if (isSeparator(c)) {
                        if (dontCoalesce) {
                            p++;
                            return word.toString();
                        }
                        for (;; p++) {
                            c = at(p);
                            if (c == '\0') {
                                return terminate(word);
                            }
                            if (!isSeparator(c)) {
                                break;
                            }
                        }
                        return word.toString();
                    }
                    word.append(c);
                }
            }
        }
    }

    /** {@code finish_force_terminate}: the input is used up. */
    private String terminate(StringBuilder word) {
        p = -1;
        return word == null ? null : word.toString();
    }
}
