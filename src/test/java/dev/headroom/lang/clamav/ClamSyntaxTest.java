package dev.headroom.lang.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The line rules of optparse(), one by one, with the messages ClamAV prints (each checked
 * against clamconf 1.4.6 and clamd 1.4.6 by ClamconfDifferentialTest).
 */
class ClamSyntaxTest {

    @Test
    void anOptionLineIsANameABlankAndAnArgument() {
        ClamSyntax s = ClamSyntax.parse("MaxThreads 5\n");
        assertThat(s.entries()).containsExactly(new ClamEntry("MaxThreads", "5", false, 1, 1, 12, 1, 0, 11));
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void blanksAroundAreDroppedButNotInside() {
        ClamSyntax s = ClamSyntax.parse("  \tLocalSocket\t  /run/a b  \t\n");
        ClamEntry e = s.entries().get(0);
        assertThat(e.name()).isEqualTo("LocalSocket");
        assertThat(e.argument()).isEqualTo("/run/a b");
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.argumentColumn()).isEqualTo(18);
        assertThat(s.text().substring(e.start(), e.stop() + 1)).isEqualTo("LocalSocket\t  /run/a b");
    }

    @Test
    void onlyWholeLineCommentsAndLinesOfAtMostTwoBytesAreSkipped() {
        ClamSyntax s = ClamSyntax.parse("# MaxThreads 5\n   #x y\nX\n\n \t\nLogFile /a # not a comment\nab");
        assertThat(s.entries()).extracting(ClamEntry::name, ClamEntry::argument)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LogFile", "/a # not a comment"));
        assertThat(s.problems()).isEmpty();
        // "ab" and a newline are three bytes: no longer skipped, and no blank
        assertThat(kinds(ClamSyntax.parse("ab\n"))).containsExactly(ClamProblem.Kind.MISSING_ARGUMENT);
    }

    @Test
    void aLineStartingExampleIsFatal() {
        for (String t : List.of("Example\n", "  Example\n", "ExampleX\n", "Example yes\n")) {
            ClamSyntax s = ClamSyntax.parse(t);
            assertThat(kinds(s)).as(t).containsExactly(ClamProblem.Kind.EXAMPLE_LINE);
            assertThat(s.problems().get(0).printed("/etc/clamav/clamd.conf"))
                    .isEqualTo("ERROR: Please edit the example config file /etc/clamav/clamd.conf");
        }
        assertThat(ClamSyntax.parse("# Example\n").problems()).isEmpty();
        // lower case is an ordinary line without an argument
        assertThat(ClamSyntax.parse("example\n").problems().get(0).message("f"))
                .isEqualTo("Missing argument for option at f:1");
    }

    @Test
    void aNameNeedsABlankAndAnArgument() {
        for (String t : List.of("MaxThreads=5\n", "MaxThreads\n", "MaxThreads \n", "MaxThreads \t \n")) {
            ClamSyntax s = ClamSyntax.parse("# first\n" + t);
            assertThat(s.problems()).as(t).hasSize(1);
            assertThat(s.problems().get(0).message("clamd.conf")).isEqualTo("Missing argument for option at clamd.conf:2");
        }
    }

    @Test
    void aQuotedArgumentRunsToTheLastQuote() {
        assertThat(arg("LocalSocket \"/run/a b\"\n")).isEqualTo("/run/a b");
        assertThat(arg("LocalSocket \"a\"b\"c\n")).isEqualTo("a\"b");
        assertThat(arg("LocalSocket \" a \" trailing\n")).isEqualTo(" a ");
        assertThat(arg("LocalSocket a\"b\"\n")).isEqualTo("a\"b\"");
        assertThat(ClamSyntax.parse("LocalSocket \"x\n").problems().get(0).message("f"))
                .isEqualTo("Missing closing parenthesis in option LocalSocket at f:1");
        assertThat(ClamSyntax.parse("LocalSocket \"\"\n").problems().get(0).message("f"))
                .isEqualTo("Empty argument for option LocalSocket at f:1");
        assertThat(kinds(ClamSyntax.parse("LocalSocket \"\" x\n"))).containsExactly(ClamProblem.Kind.EMPTY_ARGUMENT);
    }

    @Test
    void aCarriageReturnStaysInTheArgument() {
        assertThat(arg("MaxThreads 5\r\n")).isEqualTo("5\r");
        // "\r\n" alone is two bytes: skipped
        assertThat(ClamSyntax.parse("\r\n").entries()).isEmpty();
    }

    @Test
    void aNulByteEndsTheLineForClamav() {
        ClamSyntax s = ClamSyntax.parse("MaxThreads 5\0 6\nMaxQueue 9\n");
        assertThat(s.entries()).extracting(ClamEntry::argument).containsExactly("5", "9");
        assertThat(kinds(s)).containsExactly(ClamProblem.Kind.NUL_BYTE);
        assertThat(s.problems().get(0).column()).isEqualTo(13);
    }

    @Test
    void aLineOver1023BytesIsReadInPiecesThatCountAsLines() {
        // the comment fills the first read; the option after it is read as line 2
        String text = "#" + "c".repeat(1022) + "MaxThreads 5\nMaxQueue x\n";
        ClamSyntax s = ClamSyntax.parse(text);
        assertThat(s.entries()).extracting(ClamEntry::name, ClamEntry::line, ClamEntry::column, ClamEntry::readerLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MaxThreads", 1, 1024, 2),
                        org.assertj.core.groups.Tuple.tuple("MaxQueue", 2, 1, 3));
        assertThat(kinds(s)).containsExactly(ClamProblem.Kind.LINE_SPLIT);
        // the argument of a long line is cut at the 1023rd byte, the rest has no blank
        ClamSyntax cut = ClamSyntax.parse("LocalSocket /" + "a".repeat(2000) + "\n");
        assertThat(cut.entries().get(0).argument()).hasSize(1023 - "LocalSocket ".length());
        assertThat(cut.problems()).extracting(p -> p.message("f"))
                .contains("Missing argument for option at f:2");
    }

    @Test
    void problemsCarryClamavsWordsAndTheFileNameOfTheCaller() {
        ClamProblem p = new ClamProblem(ClamProblem.Kind.UNKNOWN_OPTION, 3, 1, 3, "FooBar");
        assertThat(p.printed("/tmp/c/clamd.conf")).isEqualTo("ERROR: Parse error at /tmp/c/clamd.conf:3: Unknown option FooBar");
        assertThat(new ClamProblem(ClamProblem.Kind.VALUE_TOO_HIGH, 1, 1, 1, "MaxScanSize").printed("f"))
                .isEqualTo("WARNING: Numerical value for option MaxScanSize too high, resetting to 9223372036854775807");
        assertThat(new ClamProblem(ClamProblem.Kind.NUL_BYTE, 1, 1, 1, null).printed("f")).isNull();
    }

    private static String arg(String text) {
        ClamSyntax s = ClamSyntax.parse(text);
        assertThat(s.problems()).as(text).isEmpty();
        return s.entries().get(0).argument();
    }

    private static List<ClamProblem.Kind> kinds(ClamSyntax s) {
        return s.problems().stream().map(ClamProblem::kind).collect(Collectors.toList());
    }
}
