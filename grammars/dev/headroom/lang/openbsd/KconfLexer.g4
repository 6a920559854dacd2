/*
 * OpenBSD kernel configuration files, as config(8) reads them, lossless.
 *
 * The lexer followed is usr.sbin/config/scan.l r1.18 (2006), unchanged in substance since the
 * NetBSD import; the rules below are its rules, in its order where the order decides a tie:
 *   - keywords are case-sensitive and win over WORD only at equal length ("options" is a
 *     keyword, "optionsX" a WORD): flex takes the longest match, then the earliest rule, as
 *     ANTLR does;
 *   - PATH = [A-Za-z_0-9]*[./][-A-Za-z_0-9./]* and WORD = [A-Za-z_][-A-Za-z_0-9]*;
 *   - "" is EMPTY; a quoted string is \"([^"\n]|\\\")+ followed by its closing quote, which
 *     config eats with input() and, when it is missing, says "closing quote missing" and goes
 *     on (QUOTED: the optional closing quote is checked by dev.headroom.lang.openbsd.KconfSyntax);
 *     to the grammar a quoted string is a WORD;
 *   - numbers: 0[0-7]* octal, 0[xX][0-9a-fA-F]+ hex, [1-9][0-9]* decimal ("010000" is 4096,
 *     "08" is two numbers, "1.5" is a PATH);
 *   - '#' starts a comment anywhere on a line, up to the newline;
 *   - a newline followed by a space or a tab is no newline at all: the next line continues the
 *     statement (there is no backslash continuation);
 *   - spaces and tabs separate tokens; any other byte (CR, NUL, form feed, '=', ',', '*', ...)
 *     is a token of its own, which the grammar accepts or not.
 *
 * Comments, blanks and continuations go to the HIDDEN channel, so that printing every token
 * gives back the input byte for byte. CHAR catches every byte no other rule takes, so the lexer
 * never fails.
 */
lexer grammar KconfLexer;

// ---- keywords (scan.l) ----------------------------------------------------------------------
AND           : 'and' ;
AT            : 'at' ;
ATTACH        : 'attach' ;
BUILD         : 'build' ;
COMPILE_WITH  : 'compile-with' ;
CONFIG        : 'config' ;
DEFINE        : 'define' ;
DEFOPT        : 'defopt' ;
DEVICE        : 'device' ;
DISABLE       : 'disable' ;
ENABLE        : 'enable' ;
DUMPS         : 'dumps' ;
XFILE         : 'file' ;
FLAGS         : 'flags' ;
INCLUDE       : 'include' ;
XMACHINE      : 'machine' ;
MAJOR         : 'major' ;
MAKEOPTIONS   : 'makeoptions' | 'makeoption' ;
MAXPARTITIONS : 'maxpartitions' ;
MAXUSERS      : 'maxusers' ;
MINOR         : 'minor' ;
NEEDS_COUNT   : 'needs-count' ;
NEEDS_FLAG    : 'needs-flag' ;
XOBJECT       : 'object' ;
ON            : 'on' ;
OPTIONS       : 'options' | 'option' ;
PSEUDO_DEVICE : 'pseudo-device' ;
ROOT          : 'root' ;
SOURCE        : 'source' ;
SWAP          : 'swap' ;
WITH          : 'with' ;
RMOPTIONS     : 'rmoptions' | 'rmoption' ;

// ---- words, strings, numbers ------------------------------------------------------------------
PATHNAME : [A-Za-z_0-9]* [./] [-A-Za-z_0-9./]* ;
WORD     : [A-Za-z_] [-A-Za-z_0-9]* ;
EMPTY    : '""' ;
// A backslash may escape a quote; any other byte but a quote or a newline is itself.
QUOTED   : '"' ( ~["\n\\] | '\\' '"'? )+ '"'? ;
NUMBER   : '0' [0-7]* | '0' [xX] [0-9a-fA-F]+ | [1-9] [0-9]* ;

// ---- line structure -------------------------------------------------------------------------
CONT    : '\n' [ \t] -> channel(HIDDEN) ;
NL      : '\n' ;
COMMENT : '#' ~[\n]* -> channel(HIDDEN) ;
WS      : [ \t]+ -> channel(HIDDEN) ;

// ---- single characters (scan.l: ". { return yytext[0]; }") --------------------------------------
EQ     : '=' ;
COMMA  : ',' ;
STAR   : '*' ;
QMARK  : '?' ;
MINUS  : '-' ;
BANG   : '!' ;
AMP    : '&' ;
PIPE   : '|' ;
LPAREN : '(' ;
RPAREN : ')' ;
CHAR   : . ;
