package dev.headroom.model.mysql;

import dev.headroom.config.IniFile;

/**
 * One line of an option file as {@code search_default_file_with_ext()} in {@code mysys/my_default.c}
 * reads it (MariaDB 10.11; the MySQL code is the same here), checked with {@code my_print_defaults}:
 * <ul>
 * <li>blanks are {@code my_isspace}: space, tab, LF, VT, FF, CR; a line whose first other character is
 * {@code #} or {@code ;} is a comment ({@code ;} only there);</li>
 * <li>{@code !includedir} and {@code !include} need a blank after them; their argument runs to the end of
 * the line, {@code #} included, and the reader drops the line's last character first, taking it for
 * the newline: on a last line without one, {@code !include /etc/x.cnf} names {@code /etc/x.cn};</li>
 * <li>{@code [group]} ends at the first {@code ]}, blanks before it removed, those after {@code [} kept, the
 * rest of the line ignored;</li>
 * <li>otherwise an option: a {@code #} outside quotes ends it ({@link OptionValue#withoutEndComment}), then
 * ini4j ({@link IniFile#line}) splits it at the first {@code =}, and {@link OptionValue#decode} reads the value.</li>
 * </ul>
 *
 * @param type   what the line is
 * @param text   the group name, the option name or the directive's argument; else null
 * @param value  the option's value; null for a lone name and for other types
 * @param column 1-based column of what {@code text} holds (of the line's start otherwise)
 * @param truncated for a directive, whether a real character was dropped for a missing newline
 */
record OptionLine(Type type, String text, String value, int column, boolean truncated) {

    enum Type {
        NOTHING, INCLUDE, INCLUDEDIR, UNKNOWN_DIRECTIVE, BAD_DIRECTIVE, GROUP, BAD_GROUP, OPTION, NO_NAME
    }

    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** @param buf what one {@code fgets} call gives, up to a NUL, its {@code \n} included when there is one */
    static OptionLine read(String buf) {
        int n = buf.length();
        int p = 0;
        while (p < n && isSpace(buf.charAt(p))) {
            p++;
        }
        if (p == n || buf.charAt(p) == '#' || buf.charAt(p) == ';') {
            return new OptionLine(Type.NOTHING, null, null, 1, false);
        }
        char c = buf.charAt(p);
        if (c == '!') {
            return directive(buf, p);
        }
        if (c == '[') {
            int close = buf.indexOf(']', p + 1);
            if (close < 0) {
                return new OptionLine(Type.BAD_GROUP, null, null, p + 1, false);
            }
            int end = close;
            while (end > p + 1 && isSpace(buf.charAt(end - 1))) {
                end--;
            }
            return new OptionLine(Type.GROUP, buf.substring(p + 1, end), null, p + 2, false);
        }
        String option = OptionValue.withoutEndComment(buf.substring(p));
        int end = option.length();
        while (end > 0 && isSpace(option.charAt(end - 1))) {
            end--;
        }
        // The newline and the blanks before it go here: ini4j would keep a CR or LF as a character.
        option = option.substring(0, end);
        IniFile.Line line;
        try {
            line = IniFile.line(option);
        } catch (IniFile.IniException e) {
            return new OptionLine(Type.NO_NAME, null, null, p + 1, false);
        }
        if (line.kind() != IniFile.Line.Kind.OPTION) {
            return new OptionLine(Type.NOTHING, null, null, p + 1, false);
        }
        // ini4j trims spaces and tabs; my_isspace also takes VT, FF, CR and LF.
        String value = line.value() == null ? null : OptionValue.decode(strip(line.value()));
        return new OptionLine(Type.OPTION, strip(line.name()), value, p + 1, false);
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static OptionLine directive(String buf, int bang) {
        int q = bang + 1;
        while (q < buf.length() && isSpace(buf.charAt(q))) {
            q++;
        }
        if (keyword(buf, q, "includedir")) {
            return argument(buf, q + "includedir".length(), Type.INCLUDEDIR, bang);
        }
        if (keyword(buf, q, "include")) {
            return argument(buf, q + "include".length(), Type.INCLUDE, bang);
        }
        return new OptionLine(Type.UNKNOWN_DIRECTIVE, buf.substring(bang).strip(), null, bang + 1, false);
    }

    private static boolean keyword(String buf, int at, String word) {
        int after = at + word.length();
        return buf.startsWith(word, at) && after < buf.length() && isSpace(buf.charAt(after));
    }

    /** {@code get_argument()}: the last character goes (it should be the newline), then trailing blanks. */
    private static OptionLine argument(String buf, int from, Type type, int bang) {
        int ptr = from;
        while (ptr < buf.length() && isSpace(buf.charAt(ptr))) {
            ptr++;
        }
        int end = buf.length() - 1;
        while (end > 0 && isSpace(buf.charAt(end - 1))) {
            end--;
        }
        if (end <= ptr) {
            return new OptionLine(Type.BAD_DIRECTIVE, type == Type.INCLUDE ? "include" : "includedir", null,
                    bang + 1, false);
        }
        boolean truncated = !isSpace(buf.charAt(buf.length() - 1));
        return new OptionLine(type, buf.substring(ptr, end), null, ptr + 1, truncated);
    }
}
