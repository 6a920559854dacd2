/*
 * A file is a sequence of lines, each at most one statement. The lexer already decides every
 * token by its place on the line, so every token sequence it can produce is accepted here:
 * a malformed line (no '=') is a statement of its own kind, reported as a problem by
 * dev.headroom.lang.sysctl.SysctlSyntax, never a parse error.
 */
parser grammar SysctlParser;

options { tokenVocab = SysctlLexer; }

sysctlFile : ( statement? NL )* statement? EOF ;

statement : DASH? KEY? EQ VALUE?   # assignment
          | DASH KEY?              # exclusion
          | KEY                    # notAssignment
          ;
