package dev.headroom.model.mysql;

/**
 * The text after {@code =} as {@code search_default_file_with_ext()} in {@code mysys/my_default.c}
 * hands it on: blanks trimmed, one pair of matching quotes around it removed (only when the first
 * and last characters are the same quote), then {@code \n \t \r \b \s \" \' \\} replaced; any other
 * backslash kept with its character, a backslash at the very end kept. The escapes apply to
 * unquoted values too. Checked with {@code my_print_defaults} of MariaDB 10.11.
 */
final class OptionValue {

    private OptionValue() {
    }

    static String decode(String raw) {
        String v = raw;
        if (v.length() > 1 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(0) == v.charAt(v.length() - 1)) {
            v = v.substring(1, v.length() - 1);
        }
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\' || i == v.length() - 1) {
                out.append(c);
                continue;
            }
            char e = v.charAt(++i);
            switch (e) {
                case 'n':
                    out.append('\n');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 's':
                    out.append(' ');
                    break;
                case '"':
                case '\'':
                case '\\':
                    out.append(e);
                    break;
                default:
                    out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    /** {@code remove_end_comment()}: the text before a {@code #} outside quotes (a backslash in quotes escapes). */
    static String withoutEndComment(String s) {
        char quote = 0;
        boolean escape = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '\'' || c == '"') && !escape) {
                if (quote == 0) {
                    quote = c;
                } else if (quote == c) {
                    quote = 0;
                }
            }
            if (quote == 0 && c == '#') {
                return s.substring(0, i);
            }
            escape = quote != 0 && c == '\\' && !escape;
        }
        return s;
    }
}
