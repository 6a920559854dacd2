/*
 * systemd unit files, drop-ins and system.conf (systemd.syntax(7); src/shared/conf-parser.c
 * config_parse()), lossless: every byte is in a token, so printing gives back the input.
 *
 * How systemd reads a line, and how the modes below follow it:
 *  - leading whitespace is skipped; a line starting with '#' or ';' is a comment and is dropped
 *    *before* continuation logic, so comment lines inside a continued value vanish (CONT_START);
 *  - a line ending in an odd number of backslashes continues: that backslash becomes a space
 *    and the next line is appended with its leading whitespace (CONT); "\\" at the end is an
 *    escaped backslash, not a continuation, which is why TEXT consumes backslash pairs;
 *  - "[...]" at the start of a logical line is a section header; otherwise the line is
 *    split at its first '=' into key and value, both stripped (done in Java, UnitSyntax).
 * Line ends are LF or CR LF. (systemd's read_line() also ends a line at a lone CR or NUL;
 * here those stay ordinary characters of the line.)
 */
lexer grammar UnitLexer;

// ---- the start of a logical line --------------------------------------------------------
WS       : [ \t\f\u000B]+ -> channel(HIDDEN) ;
NL       : '\r'? '\n' ;
COMMENT  : [#;] ~[\r\n]* ;
SECTION  : '[' LINE_TEXT? ;
KEY      : KEY_START ( ~[=\\\r\n] | BS_PAIR | BS_LITERAL )* -> mode(LINE) ;
LEAD_EQ  : '=' -> type(EQ), mode(LINE) ;
LEAD_CONT: '\\' '\r'? '\n' -> type(CONT), mode(CONT_START) ;
// A lone CR (or anything else no rule above takes) is text: no input can fail to lex.
D_ANY    : . -> type(TEXT), mode(LINE) ;

// ---- after the key ------------------------------------------------------------------------
mode LINE;
EQ       : '=' ;
TEXT     : ( ~[=\\\r\n] | BS_PAIR | BS_LITERAL )+ ;
CONT     : '\\' '\r'? '\n' -> mode(CONT_START) ;
L_NL     : '\r'? '\n' -> type(NL), mode(DEFAULT_MODE) ;
L_ANY    : . -> type(TEXT) ;

// ---- the line after a continuation ----------------------------------------------------------
mode CONT_START;
C_WS      : [ \t\f\u000B]+ -> type(WS), channel(HIDDEN) ;
// A comment line inside a continuation is skipped whole, its line end with it.
C_COMMENT : [#;] ~[\r\n]* ( '\r'? '\n' )? -> type(COMMENT) ;
// An empty line ends the continued line.
C_NL      : '\r'? '\n' -> type(NL), mode(DEFAULT_MODE) ;
C_EQ      : '=' -> type(EQ), mode(LINE) ;
C_CONT    : '\\' '\r'? '\n' -> type(CONT) ;
C_TEXT    : ( ~[#;=\\\r\n \t\f\u000B] | BS_PAIR | BS_LITERAL ) ( ~[=\\\r\n] | BS_PAIR | BS_LITERAL )* -> type(TEXT), mode(LINE) ;
C_ANY     : . -> type(TEXT), mode(LINE) ;

fragment KEY_START  : ~[#;[=\\\r\n \t\f\u000B] | BS_PAIR | BS_LITERAL ;
fragment LINE_TEXT  : ( ~[\\\r\n] | BS_PAIR | BS_LITERAL )+ ;
// A backslash always takes the next character with it (config_parse toggles 'escaped'), so
// parity decides whether the last one continues the line; only at end of file is one alone.
fragment BS_PAIR    : '\\' ~[\r\n] | '\\' '\r' { _input.LA(1) != '\n' }? ;
fragment BS_LITERAL : '\\' { _input.LA(1) == EOF }? ;
