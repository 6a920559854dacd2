package dev.headroom.model.phpfpm;

/**
 * What one statement of a php-fpm configuration line says, as {@link ZendIniLine} reads it:
 * the callbacks {@code fpm_conf_ini_parser()} receives (ZEND_INI_PARSER_SECTION, _ENTRY and
 * _POP_ENTRY), or nothing, or the reason the line is refused.
 *
 * @param type        what it is
 * @param name        the section, entry or array name; null for NOTHING
 * @param key         the array key ({@code memory_limit} in {@code php_value[memory_limit]}), else null
 * @param value       the value as php-fpm receives it; null for a section or NOTHING
 * @param column      1-based column of the name in its line (of the problem for PROBLEM)
 * @param problem     for PROBLEM, what is wrong; else null
 * @param problemKind for PROBLEM, its kind; else null
 * @param computed    why php-fpm would compute another value than {@code value} (see {@link ZendIniValue}), or null
 */
record FpmStatement(Type type, String name, String key, String value, int column, String problem,
        PhpFpmProblem.Kind problemKind, String computed) {

    enum Type {
        NOTHING, SECTION, ENTRY, ARRAY_ENTRY, PROBLEM
    }

    static FpmStatement nothing() {
        return new FpmStatement(Type.NOTHING, null, null, null, 0, null, null, null);
    }

    static FpmStatement problem(PhpFpmProblem.Kind kind, int column, String message) {
        return new FpmStatement(Type.PROBLEM, null, null, null, column, message, kind, null);
    }
}
