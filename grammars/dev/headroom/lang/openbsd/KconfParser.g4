/*
 * The statements of a kernel configuration file, as usr.sbin/config/gram.y r1.22 (2008) reads
 * them: the 'specs' part ('config_spec') plus the 'topthings' and 'machine_spec' a kernel
 * configuration file starts with ('source', 'build', 'include', 'machine').
 *
 * config(8) reads a statement up to its newline; after a syntax error it skips to the next
 * newline ("error '\n'") and goes on. So the file is read in two steps, both here:
 *   - 'kconfFile' cuts the file into lines, each any sequence of tokens: no input makes it fail;
 *   - 'specLine' is then tried on each line alone (dev.headroom.lang.openbsd.KconfSyntax), and
 *     where it fails, config(8) says "syntax error" there.
 *
 * Order is not checked: 'machine' must come before the specifications and 'source'/'build'
 * before 'machine' in the whole configuration, but a file may be included anywhere in it.
 */
parser grammar KconfParser;

options { tokenVocab = KconfLexer; }

kconfFile : ( line? NL )* line? EOF ;

line : ~NL+ ;

specLine : spec EOF ;

spec : OPTIONS optionItem ( COMMA optionItem )*                            # optionList
     | RMOPTIONS word ( COMMA word )*                                      # rmoptionList
     | MAKEOPTIONS mkoption ( COMMA mkoption )*                            # makeoptionList
     | MAXUSERS NUMBER                                                     # maxusers
     | CONFIG word sysparam+                                               # config
     | PSEUDO_DEVICE word NUMBER? DISABLE?                                 # pseudoDevice
     | deviceInstance AT attachment ENABLE                                 # deviceEnable
     | deviceInstance AT attachment DISABLE? locator* ( FLAGS NUMBER )?    # device
     | INCLUDE word                                                        # include
     | XMACHINE word word?                                                 # machine
     | ( SOURCE | BUILD ) PATHNAME                                         # directory
     | XFILE PATHNAME ( PIPE PATHNAME )* fexpr? ( NEEDS_COUNT | NEEDS_FLAG )*
           ( COMPILE_WITH word )?                                          # file
     | XOBJECT PATHNAME fexpr? NEEDS_FLAG*                                 # object
     ;

// A quoted string is a WORD to config(8) (scan.l returns WORD for it).
word       : WORD | QUOTED ;
value      : word | EMPTY | MINUS? NUMBER ;
optionItem : word ( EQ value )? ;
mkoption   : word EQ value ;

sysparam : ROOT ON? devSpec
         | SWAP ON? devSpec ( AND devSpec )*
         | DUMPS ON? devSpec
         ;
devSpec  : word | MAJOR NUMBER MINOR NUMBER ;

deviceInstance : word STAR? ;
attachment     : ROOT | word QMARK? ;
locator        : word ( value | QMARK ) ;

fexpr : fexpr AMP fexpr
      | fexpr PIPE fexpr
      | BANG fatom
      | LPAREN fexpr RPAREN
      | fatom
      ;
fatom : word ;
