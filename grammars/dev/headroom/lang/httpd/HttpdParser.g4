/*
 * A file is a sequence of lines. Sections are *not* nested here: httpd matches openers and
 * closers per file with rules of its own (config.c ap_build_config_sub, core.c
 * start_cond_section, ap_soak_end_container) that differ between true and false conditionals,
 * so the nesting is rebuilt by dev.headroom.model.httpd with exactly those rules. Keeping the
 * grammar flat means no input can make the parser fail: every lexable token sequence is a
 * sequence of lines, and structural problems become findings, not parse errors.
 */
parser grammar HttpdParser;

options { tokenVocab = HttpdLexer; }

config    : ( statement? NL )* statement? EOF ;

statement : COMMENT                      # comment
          | NAME argument*               # directive
          | SECTION_OPEN argument*       # sectionOpen
          | SECTION_CLOSE argument*      # sectionClose
          ;

argument  : WORD | DQ | SQ ;
