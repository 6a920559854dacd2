package dev.headroom.lang.httpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Logical lines exactly as httpd's ap_cfg_getline builds them (shared/domain.md A.1). */
class HttpdLogicalLinesTest {

    private static List<String> lines(String text) {
        return HttpdSyntax.parse(text).lines().stream().map(ConfLine::text).collect(Collectors.toList());
    }

    @Test
    void continuationJoinsWithNoSeparator() {
        assertThat(lines("ServerAdmin a\\\nb@x\n")).containsExactly("ServerAdmin ab@x");
    }

    @Test
    void continuationKeepsTheNextLinesLeadingSpace() {
        assertThat(lines("ServerAdmin   \\\n   foo@x\n")).containsExactly("ServerAdmin      foo@x");
    }

    @Test
    void fourBackslashesLoseExactlyOne() {
        assertThat(lines("a\\\\\\\\\nb@x\n")).containsExactly("a\\\\\\b@x");
    }

    @Test
    void backslashThenSpaceIsLiteral() {
        assertThat(lines("ServerAdmin a\\ \nServerName b\n")).containsExactly("ServerAdmin a\\", "ServerName b");
    }

    @Test
    void backslashAtEndOfFileIsLiteral() {
        assertThat(lines("ServerAdmin a\\")).containsExactly("ServerAdmin a\\");
    }

    @Test
    void aCommentEndingInBackslashSwallowsTheNextLine() {
        assertThat(lines("# comment \\\nServerAdmin hidden@x\nServerName y\n"))
                .containsExactly("ServerName y");
    }

    @Test
    void crlfIsTrimmedAndContinuesToo() {
        assertThat(lines("ServerLimit 16\r\nA b\\\r\nc\r\n")).containsExactly("ServerLimit 16", "A bc");
    }

    @Test
    void positionsAreTheStatementStart() {
        ConfLine l = HttpdSyntax.parse("\n\n   MaxRequestWorkers \\\n 10\n").lines().get(0);
        assertThat(l.line()).isEqualTo(3);
        assertThat(l.column()).isEqualTo(4);
    }

    @Test
    void wordsFollowApGetwordConf() {
        assertThat(ConfWords.split("a\"b c\"")).containsExactly("a\"b", "c\"");
        assertThat(ConfWords.split("\"a\"b")).containsExactly("a", "b");
        assertThat(ConfWords.split("\"unterminated rest")).containsExactly("unterminated rest");
        assertThat(ConfWords.split("'it\\'s' \"q\\\"\" \\\\x")).containsExactly("it's", "q\"", "\\x");
        assertThat(ConfWords.split("  \t ")).isEmpty();
    }
}
