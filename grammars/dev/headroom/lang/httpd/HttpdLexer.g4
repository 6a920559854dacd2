/*
 * Apache httpd 2.4 configuration files, lossless and line-oriented.
 *
 * httpd reads a file as logical lines (server/util.c ap_cfg_getline_core): a backslash right
 * before LF or CR LF joins the next physical line, and that happens *before* comment detection,
 * so a comment ending in a backslash swallows the next line. Every byte of the input ends up in
 * a token; whitespace and continuations are on the HIDDEN channel, never skipped, so printing
 * the token stream gives back the input byte for byte.
 *
 * Only the shape of a line is decided here (comment, directive, section opener or closer, and
 * its words). Variable expansion and quote removal happen on the joined logical line in
 * dev.headroom.lang.httpd.ConfWords, because httpd expands ${VAR} on the whole line before it
 * splits it into words (server/config.c ap_build_config_sub, util.c ap_getword_conf).
 */
lexer grammar HttpdLexer;

// ---- line start -------------------------------------------------------------------------
WS      : [ \t\f\u000B\r]+ -> channel(HIDDEN) ;
CONT    : '\\' '\r'? '\n' -> channel(HIDDEN) ;
NL      : '\n' ;
COMMENT : '#' ( '\\' '\r'? '\n' | ~[\n] )* ;
SECTION_CLOSE : '</' WCHAR* -> pushMode(ARGS) ;
SECTION_OPEN  : '<' WCHAR* -> pushMode(ARGS) ;
NAME    : ( WSTART WCHAR* | DQ_BODY | SQ_BODY ) -> pushMode(ARGS) ;

// ---- the rest of a line: arguments ------------------------------------------------------
mode ARGS;
A_WS    : [ \t\f\u000B\r]+ -> channel(HIDDEN), type(WS) ;
A_CONT  : '\\' '\r'? '\n' -> channel(HIDDEN), type(CONT) ;
A_NL    : '\n' -> popMode, type(NL) ;
DQ      : DQ_BODY ;
SQ      : SQ_BODY ;
WORD    : WSTART WCHAR* ;

// A quoted word runs to its matching quote, or to the end of the logical line when it has none
// (util.c substring_conf: an unterminated quote is not an error).
fragment DQ_BODY : '"' ( '\\' '\r'? '\n' | '\\' ~[\n] | ~["\\\n] )* '"'? ;
fragment SQ_BODY : '\'' ( '\\' '\r'? '\n' | '\\' ~[\n] | ~['\\\n] )* '\''? ;
// A word cannot start with a quote (that makes it a quoted word) but may contain one.
fragment WSTART  : ~[ \t\f\u000B\r\n\\"'#<] | BS_LITERAL | '#' | '<' ;
fragment WCHAR   : ~[ \t\f\u000B\r\n\\] | BS_LITERAL ;
// A backslash is literal unless it ends the physical line (then it is a continuation).
fragment BS_LITERAL : '\\' { _input.LA(1) != '\n' && !(_input.LA(1) == '\r' && _input.LA(2) == '\n') }? ;
