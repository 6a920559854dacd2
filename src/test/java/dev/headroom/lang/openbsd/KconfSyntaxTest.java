package dev.headroom.lang.openbsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How config(8) reads each kind of line (usr.sbin/config scan.l r1.18, gram.y r1.22). */
class KconfSyntaxTest {

    private static KconfFile clean(String text) {
        KconfFile f = Kconf.parse(text);
        assertThat(f.errors()).isEmpty();
        assertThat(f.problems()).as("problems of %s", text).isEmpty();
        assertThat(f.print()).isEqualTo(text);
        return f;
    }

    private static KconfStatement only(String text) {
        KconfFile f = clean(text);
        assertThat(f.statements()).as("statements of %s", text).hasSize(1);
        return f.statements().get(0);
    }

    private static List<KconfProblem> problems(String text) {
        KconfFile f = Kconf.parse(text);
        assertThat(f.errors()).isEmpty();
        assertThat(f.print()).isEqualTo(text);
        return f.problems();
    }

    @Test
    void thePapersWebServerKernel() {
        // From the seed paper's kernel config (OpenBSD 3.1 web server), one statement per line.
        KconfFile f = clean("machine\ti386\t# architecture, used by config; REQUIRED\n"
                + "option\tDIAGNOSTIC\t# internal consistency checks\n"
                + "option\tNMBCLUSTERS=8192\n"
                + "option\tNKMEMPAGES=16384\n"
                + "maxusers\t64\t# estimated number of users\n"
                + "config\tbsd swap generic\n"
                + "mainbus0 at root\n"
                + "apm0\tat bios0 flags 0x0000\t# flags 0x0101 to force protocol version 1.1\n"
                + "pciide* at pci ? dev ? function ? flags 0x0000\n"
                + "pseudo-device\tpf\t1\t# packet filter\n"
                + "#pseudo-device\tccd\t4\t# concatenated disk devices\n");
        assertThat(f.statements()).extracting(KconfStatement::kind).containsExactly(KconfStatement.Kind.MACHINE,
                KconfStatement.Kind.OPTION, KconfStatement.Kind.OPTION, KconfStatement.Kind.OPTION,
                KconfStatement.Kind.MAXUSERS, KconfStatement.Kind.CONFIG, KconfStatement.Kind.DEVICE,
                KconfStatement.Kind.DEVICE, KconfStatement.Kind.DEVICE, KconfStatement.Kind.PSEUDO_DEVICE);
        KconfOption nmbclusters = f.statements(KconfStatement.Kind.OPTION).get(1).options().get(0);
        assertThat(nmbclusters.name()).isEqualTo("NMBCLUSTERS");
        // NMBCLUSTERS x MCLBYTES of kernel address space for mb_map: 16 MiB.
        assertThat(nmbclusters.number() * 2048).isEqualTo(16L << 20);
        assertThat(nmbclusters.line()).isEqualTo(3);
    }

    @Test
    void optionListsWithAndWithoutValues() {
        KconfStatement s = only("option\t\tFFS,QUOTA, NMBCLUSTERS=8192 ,\tTIMEZONE=-60\n");
        assertThat(s.kind()).isEqualTo(KconfStatement.Kind.OPTION);
        assertThat(s.options()).extracting(KconfOption::name, KconfOption::valueText, KconfOption::line,
                KconfOption::column)
                .containsExactly(tuple("FFS", null, 1, 9), tuple("QUOTA", null, 1, 13),
                        tuple("NMBCLUSTERS", "8192", 1, 20), tuple("TIMEZONE", "-60", 1, 39));
        assertThat(s.options().get(2).number()).isEqualTo(8192L);
        assertThat(s.options().get(3).number()).isEqualTo(-60L);
        assertThat(s.options().get(0).number()).isNull();
        // The item's offsets cover NAME=VALUE, for edits.
        String text = "option\t\tFFS,QUOTA, NMBCLUSTERS=8192 ,\tTIMEZONE=-60\n";
        KconfOption o = s.options().get(2);
        assertThat(text.substring(o.start(), o.stop() + 1)).isEqualTo("NMBCLUSTERS=8192");
    }

    @Test
    void theNumbersOfTheLexerAreOctalHexAndDecimal() {
        KconfOption o = only("option NMBCLUSTERS=010000\n").options().get(0);
        assertThat(o.valueText()).isEqualTo("010000");
        assertThat(o.number()).isEqualTo(4096L);
        assertThat(only("option NKMEMPAGES=0x4000\n").options().get(0).number()).isEqualTo(16384L);
        assertThat(only("option X=- 5\n").options().get(0).valueText()).isEqualTo("-5");
    }

    @Test
    void numberEvaluatesLikeConfig() {
        assertThat(KconfSyntax.number("010000")).isEqualTo(4096L);
        assertThat(KconfSyntax.number("0")).isEqualTo(0L);
        assertThat(KconfSyntax.number("00")).isEqualTo(0L);
        assertThat(KconfSyntax.number("0x2000")).isEqualTo(8192L);
        assertThat(KconfSyntax.number("0XfF")).isEqualTo(255L);
        assertThat(KconfSyntax.number("8192")).isEqualTo(8192L);
        assertThat(KconfSyntax.number("-010")).isEqualTo(-8L);
        assertThat(KconfSyntax.number("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(KconfSyntax.number("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(KconfSyntax.number("0777777777777777777777")).isEqualTo(Long.MAX_VALUE);
        for (String no : new String[] {null, "", "-", "+5", "08", "0x", "-0x", "0xg", "1.5", "12a", " 1", "1 ",
            "9223372036854775808", "0x10000000000000000", "99999999999999999999999999", "\u0661", "--1", "abc"}) {
            assertThat(KconfSyntax.number(no)).as("number(%s)", no).isNull();
        }
    }

    @Test
    void aQuotedOptionIsSplitAtItsFirstEqualsSign() {
        KconfOption o = only("option\t\t\"NMBCLUSTERS=1024\"\n").options().get(0);
        assertThat(o.name()).isEqualTo("NMBCLUSTERS");
        assertThat(o.valueText()).isEqualTo("1024");
        assertThat(o.quoted()).isTrue();
        assertThat(o.column()).isEqualTo(9);
        // An escaped quote stays as written: config passes it to cc as it is.
        List<KconfOption> kgdb = only("option \"KGDB_DEVNAME=\\\"com\\\"\",KGDBADDR=0x2f8\n").options();
        assertThat(kgdb).extracting(KconfOption::name, KconfOption::valueText)
                .containsExactly(tuple("KGDB_DEVNAME", "\\\"com\\\""), tuple("KGDBADDR", "0x2f8"));
        assertThat(kgdb.get(1).number()).isEqualTo(0x2f8L);
        assertThat(only("option X=\"\"\n").options().get(0).valueText()).isEmpty();
    }

    @Test
    void theSingularAndPluralKeywordsAreTheSame() {
        assertThat(only("options\tI386_CPU\n").kind()).isEqualTo(KconfStatement.Kind.OPTION);
        KconfStatement rm = only("rmoptions DDB, KTRACE\n");
        assertThat(rm.kind()).isEqualTo(KconfStatement.Kind.RMOPTION);
        assertThat(rm.options()).extracting(KconfOption::name, KconfOption::valueText)
                .containsExactly(tuple("DDB", null), tuple("KTRACE", null));
        assertThat(only("rmoption DDB\n").kind()).isEqualTo(KconfStatement.Kind.RMOPTION);
        KconfStatement mk = only("makeoptions     CC=\"cc -Werror\", DEBUG=\"-g\"\n");
        assertThat(mk.kind()).isEqualTo(KconfStatement.Kind.MAKEOPTION);
        assertThat(mk.options()).extracting(KconfOption::name, KconfOption::valueText)
                .containsExactly(tuple("CC", "cc -Werror"), tuple("DEBUG", "-g"));
        assertThat(only("makeoption DEBUG=\"-g\"\n").kind()).isEqualTo(KconfStatement.Kind.MAKEOPTION);
    }

    @Test
    void commentsMayFollowAnyStatement() {
        KconfFile f = clean("#\n#\tGENERIC\n#\nmachine\t\ti386\t\t# architecture, used by config; REQUIRED\n"
                + "maxusers\t32\t\t# estimated number of users\noption\t\tGATEWAY\t# packet forwarding\n"
                + "pseudo-device\tloop\t1\t# network loopback\n");
        assertThat(f.statements()).extracting(KconfStatement::kind, KconfStatement::line, KconfStatement::words)
                .containsExactly(
                        tuple(KconfStatement.Kind.MACHINE, 4, List.of("machine", "i386")),
                        tuple(KconfStatement.Kind.MAXUSERS, 5, List.of("maxusers", "32")),
                        tuple(KconfStatement.Kind.OPTION, 6, List.of("option", "GATEWAY")),
                        tuple(KconfStatement.Kind.PSEUDO_DEVICE, 7, List.of("pseudo-device", "loop", "1")));
    }

    @Test
    void anIndentedLineContinuesTheStatement() {
        KconfStatement s = only("option A,\n\tB=1, # first\n C\n");
        assertThat(s.options()).extracting(KconfOption::name, KconfOption::line, KconfOption::column)
                .containsExactly(tuple("A", 1, 8), tuple("B", 2, 2), tuple("C", 3, 2));
        // An indented line after a comment or a blank line continues that empty line: harmless.
        KconfFile f = clean("# comment\n\toption X\n\n  maxusers 8\n\t# indented comment\n");
        assertThat(f.statements()).extracting(KconfStatement::kind, KconfStatement::line, KconfStatement::column)
                .containsExactly(tuple(KconfStatement.Kind.OPTION, 2, 2), tuple(KconfStatement.Kind.MAXUSERS, 4, 3));
        assertThat(KconfSyntax.number(f.statements().get(1).words().get(1))).isEqualTo(8L);
    }

    @Test
    void anIndentedStatementAfterAnotherIsOneLongStatement() {
        // config(8) reads "option A option B": a syntax error, and neither option is set.
        KconfFile f = Kconf.parse("option A\n    option B\nmaxusers 4\n");
        assertThat(f.statements()).extracting(KconfStatement::kind).containsExactly(KconfStatement.Kind.MAXUSERS);
        assertThat(f.problems()).extracting(KconfProblem::kind, KconfProblem::line, KconfProblem::column)
                .containsExactly(tuple(KconfProblem.Kind.SYNTAX_ERROR, 2, 5));
        assertThat(f.problems().get(0).message())
                .isEqualTo("syntax error at 'option' (the form is: option NAME[=VALUE][, NAME[=VALUE] ...])");
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItOpens() {
        KconfFile f = Kconf.parse("machine i386\ninclude \"../../../conf/GENERIC\nmaxusers 4\n");
        assertThat(f.problems()).extracting(KconfProblem::kind, KconfProblem::line, KconfProblem::column,
                KconfProblem::message)
                .containsExactly(tuple(KconfProblem.Kind.UNTERMINATED_QUOTE, 2, 9, "closing quote missing"));
        // config goes on with the word it read.
        assertThat(f.statements()).extracting(KconfStatement::kind, KconfStatement::words)
                .containsExactly(tuple(KconfStatement.Kind.MACHINE, List.of("machine", "i386")),
                        tuple(KconfStatement.Kind.INCLUDE, List.of("include", "../../../conf/GENERIC")),
                        tuple(KconfStatement.Kind.MAXUSERS, List.of("maxusers", "4")));
        assertThat(f.print()).isEqualTo("machine i386\ninclude \"../../../conf/GENERIC\nmaxusers 4\n");
        // A quote ending in an escaped quote is not closed either.
        assertThat(problems("include \"a\\\"\n")).extracting(KconfProblem::kind, KconfProblem::column)
                .containsExactly(tuple(KconfProblem.Kind.UNTERMINATED_QUOTE, 9));
        assertThat(problems("option \"X=1")).extracting(KconfProblem::kind)
                .containsExactly(KconfProblem.Kind.UNTERMINATED_QUOTE, KconfProblem.Kind.MISSING_NEWLINE);
        // A lone quote before the newline is no string at all, but a stray character.
        assertThat(problems("include \"\n")).extracting(KconfProblem::kind, KconfProblem::column)
                .containsExactly(tuple(KconfProblem.Kind.SYNTAX_ERROR, 9));
    }

    @Test
    void configLines() {
        KconfStatement s = only("config\t\tbsd\troot on sd0a swap on sd0b and sd1b and sd3b dumps on sd3b\n");
        assertThat(s.kind()).isEqualTo(KconfStatement.Kind.CONFIG);
        assertThat(s.words()).containsExactly("config", "bsd", "root", "on", "sd0a", "swap", "on", "sd0b", "and",
                "sd1b", "and", "sd3b", "dumps", "on", "sd3b");
        assertThat(only("config\t\tbsd\tswap generic\n").kind()).isEqualTo(KconfStatement.Kind.CONFIG);
        assertThat(only("config bsd root major 4 minor 0\n").kind()).isEqualTo(KconfStatement.Kind.CONFIG);
        assertThat(problems("config bsd\n")).extracting(KconfProblem::kind, KconfProblem::column)
                .containsExactly(tuple(KconfProblem.Kind.SYNTAX_ERROR, 11));
    }

    @Test
    void pseudoDevices() {
        assertThat(only("pseudo-device\tbpfilter\t8\t# packet filter\n").words())
                .containsExactly("pseudo-device", "bpfilter", "8");
        assertThat(only("pseudo-device pf\n").kind()).isEqualTo(KconfStatement.Kind.PSEUDO_DEVICE);
        assertThat(only("pseudo-device vnd 4 disable\n").words()).containsExactly("pseudo-device", "vnd", "4", "disable");
        assertThat(problems("pseudo-device vnd four\n")).extracting(KconfProblem::column).containsExactly(19);
    }

    @Test
    void deviceLines() {
        String text = "mainbus0 at root\n"
                + "pc0\tat isa? port 0x60 irq 1\t\t# generic PC console device\n"
                + "sd*\tat scsibus? target ? lun ?\n"
                + "tcic0\tat isa? disable port 0x240 iomem 0xd0000 iosiz 0x10000\n"
                + "apm0\tat bios0 flags 0x0000\n"
                + "pciide* at pci ? dev ? function ? flags 0x0000\n"
                + "irq0 at isa? irq -1\n"
                + "wd* at wdc? enable\n";
        KconfFile f = clean(text);
        assertThat(f.statements()).extracting(KconfStatement::kind).containsOnly(KconfStatement.Kind.DEVICE);
        assertThat(f.statements()).hasSize(8);
        assertThat(f.statements().get(2).words()).containsExactly("sd", "*", "at", "scsibus", "?", "target", "?",
                "lun", "?");
        assertThat(f.statements().get(1).keyword()).isEqualTo("pc0");
        assertThat(problems("pc0 at isa? port\n")).extracting(KconfProblem::line, KconfProblem::column)
                .containsExactly(tuple(1, 17));
        assertThat(problems("pc0 at isa? flags\n")).extracting(KconfProblem::column).containsExactly(18);
    }

    @Test
    void machineIncludeAndTheDirectoryLines() {
        KconfFile f = clean("source\t/sys\nbuild\t/usr/obj/sys/arch/i386/compile/LUCIFIER\n"
                + "include \"arch/amd64/conf/GENERIC\"\nmachine sparc64 sparc\nmachine i386\n");
        assertThat(f.statements()).extracting(KconfStatement::kind, KconfStatement::words)
                .containsExactly(tuple(KconfStatement.Kind.OTHER, List.of("source", "/sys")),
                        tuple(KconfStatement.Kind.OTHER, List.of("build", "/usr/obj/sys/arch/i386/compile/LUCIFIER")),
                        tuple(KconfStatement.Kind.INCLUDE, List.of("include", "arch/amd64/conf/GENERIC")),
                        tuple(KconfStatement.Kind.MACHINE, List.of("machine", "sparc64", "sparc")),
                        tuple(KconfStatement.Kind.MACHINE, List.of("machine", "i386")));
        assertThat(f.statements(KconfStatement.Kind.MACHINE)).hasSize(2);
        // An include needs a word or a quoted string; a path alone is something else to the lexer.
        assertThat(problems("include ../../../conf/GENERIC\n")).extracting(KconfProblem::kind)
                .containsExactly(KconfProblem.Kind.SYNTAX_ERROR);
    }

    @Test
    void linesConfigRefuses() {
        // Each bad line is one syntax error at its first token config cannot take; the others still count.
        String text = "option\n"                       // 1: the list is empty
                + "option A B\n"                        // 2
                + "maxusers 2 16 64\n"                  // 3: the files.* form
                + "define foo\n"                        // 4: a files.* keyword
                + "option FOO=1.5\n"                    // 5: a PATH is no value
                + "option root\n"                       // 6: a keyword is no option name
                + "option A\r\n"                        // 7: CR is a character of its own
                + "= 1\n"                               // 8
                + "option B=08\n"                       // 9: two numbers, 0 and 8
                + "option OK\n";                        // 10
        KconfFile f = Kconf.parse(text);
        assertThat(f.print()).isEqualTo(text);
        assertThat(f.statements()).extracting(KconfStatement::line).containsExactly(10);
        assertThat(f.problems()).extracting(KconfProblem::kind).containsOnly(KconfProblem.Kind.SYNTAX_ERROR);
        assertThat(f.problems()).extracting(KconfProblem::line, KconfProblem::column)
                .containsExactly(tuple(1, 7), tuple(2, 10), tuple(3, 12), tuple(4, 1), tuple(5, 12), tuple(6, 8),
                        tuple(7, 9), tuple(8, 1), tuple(9, 11));
        assertThat(f.problems().get(0).message()).isEqualTo(
                "syntax error at the end of the line (the form is: option NAME[=VALUE][, NAME[=VALUE] ...])");
        assertThat(f.problems().get(3).message()).isEqualTo(
                "syntax error at 'define' ('define' is a keyword of the files.* definitions, not of a kernel"
                        + " configuration)");
        assertThat(f.problems().get(6).message()).startsWith("syntax error at '\\r'");
    }

    @Test
    void theLastStatementNeedsItsNewline() {
        KconfFile f = Kconf.parse("option A\nmaxusers 32\t# no newline");
        assertThat(f.statements()).hasSize(2);
        assertThat(f.problems()).extracting(KconfProblem::kind, KconfProblem::line, KconfProblem::column)
                .containsExactly(tuple(KconfProblem.Kind.MISSING_NEWLINE, 2, 25));
        // A comment alone on the last line needs none, and a continuation is no newline.
        assertThat(Kconf.parse("option A\n# end").problems()).isEmpty();
        assertThat(Kconf.parse("option A\n\t").problems()).extracting(KconfProblem::kind)
                .containsExactly(KconfProblem.Kind.MISSING_NEWLINE);
    }

    @Test
    void edgeCasesStayLosslessAndNeverFail() {
        for (String text : List.of("", "\n", "\n\n", " ", "\t\n", "#", "# x\n", "\"", "\"\"", "\"\"\"", "\"\\",
                "\0", "\r\n", "\u00e9\u00ff\n", "option", "option\n\t\n", "option A=\"\"\n", "a.b/c d\n",
                "x\n\t\n\ty\n", "option A,\n", "include \"x\\\"\"\n", "* ? = , - ! & | ( )\n",
                "file a.c foo & !bar | (baz) needs-flag compile-with \"${X}\"\nobject x.o\n")) {
            KconfFile f = Kconf.parse(text);
            assertThat(f.print()).as("print of %s", text).isEqualTo(text);
            assertThat(f.errors()).as("errors for %s", text).isEmpty();
        }
        assertThat(clean("file a.c foo & !bar | (baz) needs-flag compile-with \"${X}\"\nobject x.o\n").statements())
                .extracting(KconfStatement::kind).containsExactly(KconfStatement.Kind.OTHER, KconfStatement.Kind.OTHER);
    }
}
