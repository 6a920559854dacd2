package dev.headroom.model.phpfpm;

import dev.headroom.config.IniFile;

/**
 * One statement of a php-fpm configuration file. php-fpm hands each line on its own to PHP's
 * INI parser ({@code fpm_conf_load_ini_file()} in php-src {@code sapi/fpm/fpm/fpm_conf.c} reads
 * up to each {@code \n} and calls {@code zend_parse_ini_string()}), so nothing spans lines; the
 * parser takes a CR as a line end too, so a line is first cut at each CR (see {@link FpmConfLoader}).
 *
 * <p>What is php's alone is done here — {@code ;} ends the line outside quotes, a {@code #} line is
 * not a comment (since PHP 7.0: php-fpm 8.2 says "value is NULL for a ZEND_INI_PARSER_ENTRY"),
 * {@code name[key]} is an array entry, the value is decoded by {@link ZendIniValue} — and ini4j,
 * through {@link IniFile#line}, tells a {@code [section]} from a {@code name = value}.
 */
final class ZendIniLine {

    private ZendIniLine() {
    }

    /** @param segment one statement's text, without line end or NUL */
    static FpmStatement read(String segment) {
        String text = withoutComment(segment);
        int first = firstNonBlank(text);
        if (first < 0) {
            return FpmStatement.nothing();
        }
        int column = first + 1;
        if (text.charAt(first) == '#') {
            return FpmStatement.problem(PhpFpmProblem.Kind.HASH_COMMENT, column,
                    "'#' does not start a comment since PHP 7.0: php-fpm reads an entry named '"
                            + text.strip() + "' and stops — use ';'");
        }
        IniFile.Line line;
        try {
            line = IniFile.line(text);
        } catch (IniFile.IniException e) {
            return FpmStatement.problem(PhpFpmProblem.Kind.SYNTAX, column,
                    "syntax error: " + e.getMessage());
        }
        switch (line.kind()) {
            case SECTION:
                return new FpmStatement(FpmStatement.Type.SECTION, line.name(), null, null, column, null, null, null);
            case OPTION:
                return entry(line, column);
            default:
                return FpmStatement.nothing();
        }
    }

    private static FpmStatement entry(IniFile.Line line, int column) {
        if (line.value() == null) {
            return FpmStatement.problem(PhpFpmProblem.Kind.SYNTAX, column,
                    "'" + line.name() + "' has no '=': php-fpm says \"value is NULL for a ZEND_INI_PARSER_ENTRY\"");
        }
        ZendIniValue.Decoded v = ZendIniValue.decode(line.value());
        if (v.error() != null) {
            return FpmStatement.problem(PhpFpmProblem.Kind.SYNTAX, column, v.error());
        }
        String name = line.name();
        int open = name.indexOf('[');
        if (open < 0 && name.indexOf(']') < 0) {
            return new FpmStatement(FpmStatement.Type.ENTRY, name, null, v.text(), column, null, null, v.computed());
        }
        if (open <= 0 || !name.endsWith("]") || name.indexOf('[', open + 1) >= 0) {
            return FpmStatement.problem(PhpFpmProblem.Kind.SYNTAX, column,
                    "syntax error in '" + name + "': expected name[key]");
        }
        // The scanner trims blanks before the key but keeps those after it (php-fpm -tt shows
        // "php_value[memory_limit ]"), and trims the name before '['.
        String key = name.substring(open + 1, name.length() - 1).stripLeading();
        return new FpmStatement(FpmStatement.Type.ARRAY_ENTRY, name.substring(0, open).strip(), key, v.text(),
                column, null, null, v.computed());
    }

    /** The text before a {@code ;} that is outside quotes. */
    static String withoutComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == '"' && c == '\\' && i + 1 < s.length()) {
                i++;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ';') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static int firstNonBlank(String s) {
        // The INI scanner's blanks are spaces and tabs only ({TABS_AND_SPACES}).
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return i;
            }
        }
        return -1;
    }
}
