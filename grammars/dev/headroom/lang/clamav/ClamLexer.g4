/*
 * ClamAV configuration files (clamd.conf, freshclam.conf, clamav-milter.conf), lossless.
 *
 * The reader followed is optparse() in ClamAV's common/optparser.c (rel/1.4 at
 * e8b337754d18b6bc46d565e7b6d82843debb4793, tag clamav-1.4.5), which clamd, freshclam,
 * clamav-milter and clamconf share. It reads the file with fgets() into a 1024-byte buffer, so a
 * line ends at '\n' only (a CR is an ordinary character and stays in the argument), then:
 *   - skips leading spaces and tabs;
 *   - ignores the line if what is left is at most 2 bytes long, newline included, or starts '#'
 *     (whole-line comments only: a '#' after an option is part of its argument);
 *   - takes the option name up to the first space or tab, and the argument from the next
 *     non-blank character to the last one that is not a space, tab or newline.
 *
 * The tokens follow that cut: a NAME, then an ARG running from its first to its last non-blank
 * character (inner blanks, quotes and '#' included), blanks and comments on the HIDDEN channel,
 * so that printing every token gives back the input byte for byte. What the lexer cannot say
 * (a line of up to 2 bytes is skipped, "Example" is fatal, quotes run to the last '"', a NUL ends
 * the line for the C string functions, lines over 1023 bytes are read in pieces) is decided by
 * dev.headroom.lang.clamav.ClamSyntax, which ports optparse() byte for byte.
 */
lexer grammar ClamLexer;

// ---- line start ---------------------------------------------------------------------------
WS      : [ \t]+ -> channel(HIDDEN) ;
NL      : '\n' ;
COMMENT : '#' ~[\n]* -> channel(HIDDEN) ;
NAME    : ~[ \t\n#] ~[ \t\n]* -> mode(ARGUMENT) ;

// ---- after the name: the argument, up to its last non-blank character ----------------------
mode ARGUMENT;
A_WS    : [ \t]+ -> channel(HIDDEN), type(WS) ;
A_NL    : '\n' -> type(NL), mode(DEFAULT_MODE) ;
ARG     : ~[ \t\n] ( [ \t]* ~[ \t\n] )* ;
