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

// Arguments are matched inline, not through a rule of their own: one context object per
// line instead of one per word keeps large files cheap.
statement : COMMENT                             # comment
          | NAME ( WORD | DQ | SQ )*            # directive
          | SECTION_OPEN ( WORD | DQ | SQ )*    # sectionOpen
          | SECTION_CLOSE ( WORD | DQ | SQ )*   # sectionClose
          ;
