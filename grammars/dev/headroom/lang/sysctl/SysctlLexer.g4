/*
 * Linux sysctl.conf(5) and sysctl.d(5) files, lossless and line-oriented.
 *
 * The reader followed is systemd-sysctl as of systemd 252 (src/sysctl/sysctl.c parse_file), the
 * program that applies these files at boot on Debian 12 (where procps.service is an alias of
 * systemd-sysctl.service). Each line is read with read_line() (src/basic/fileio.c), stripped of
 * WHITESPACE = " \t\n\r" at both ends (strstrip, src/basic/string-util.h), then:
 *   - empty, or first character '#' or ';' (COMMENTS)         -> ignored;
 *   - has '=': an optional leading '-' (failure ignored), the key before the first '=' and the
 *     value after it, each stripped again                     -> an assignment;
 *   - no '=' but a leading '-'                                 -> "-key": an exclusion from globs;
 *   - anything else -> "Line is not an assignment, ignoring" (and the tool exits with failure).
 *
 * So only space and tab count as blanks ('\f' and '\v' belong to the key or value), a '#' after
 * a value is part of the value (no trailing comments), and a key may hold inner blanks. The
 * tokens are cut accordingly: a KEY or VALUE runs from its first to its last non-blank
 * character and the blanks around them are WS on the HIDDEN channel, as are comments, so that
 * printing every token gives back the input byte for byte.
 *
 * Line ends are those of read_line(): any one of \n, \r, \0, \n\0, \r\0, \r\n, \n\r, \r\n\0,
 * \n\r\0 ends one line ("\n\n" is two lines, "\r\n" and "\n\r" are one each).
 */
lexer grammar SysctlLexer;

// ---- line start ---------------------------------------------------------------------------
WS      : [ \t]+ -> channel(HIDDEN) ;
NL      : EOL ;
COMMENT : [#;] ~[\n\r\u0000]* -> channel(HIDDEN) ;
DASH    : '-' -> mode(KEY_PART) ;
EQ      : '=' -> mode(VALUE_PART) ;
KEY     : KEY_START ( [ \t]* KEY_CHAR )* -> mode(KEY_PART) ;

// ---- after the dash or the key: up to '=' -------------------------------------------------
mode KEY_PART;
K_WS    : [ \t]+ -> channel(HIDDEN), type(WS) ;
K_NL    : EOL -> type(NL), mode(DEFAULT_MODE) ;
K_EQ    : '=' -> type(EQ), mode(VALUE_PART) ;
// After a dash, '#', ';' and '-' are ordinary key characters ("-#x = 1" sets the key "#x").
K_KEY   : KEY_CHAR ( [ \t]* KEY_CHAR )* -> type(KEY) ;

// ---- after '=': the value, which may hold '=', '#' and inner blanks -----------------------
mode VALUE_PART;
V_WS    : [ \t]+ -> channel(HIDDEN), type(WS) ;
V_NL    : EOL -> type(NL), mode(DEFAULT_MODE) ;
VALUE   : VALUE_CHAR ( [ \t]* VALUE_CHAR )* ;

fragment EOL        : '\n' '\r'? '\u0000'? | '\r' '\n'? '\u0000'? | '\u0000' ;
fragment KEY_START  : ~[ \t\r\n\u0000=#;-] ;
fragment KEY_CHAR   : ~[ \t\r\n\u0000=] ;
fragment VALUE_CHAR : ~[ \t\r\n\u0000] ;
