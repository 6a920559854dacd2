package dev.headroom.lang.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.antlr.v4.runtime.Token;

/**
 * The lexer and the port of optparse() cut lines alike: for every entry on a line that ClamAV
 * reads in one piece and that holds no NUL, a NAME token is the name and an ARG token ends where
 * the argument does (and is the argument, when unquoted).
 */
final class ClamTokens {

    private ClamTokens() {
    }

    static void assertAgree(String text, ClamSyntax s, String label) {
        Map<Integer, Token> byStart = new HashMap<>();
        Map<Integer, Token> byStop = new HashMap<>();
        for (Token t : s.tokens().getTokens()) {
            if (t.getType() != Token.EOF) {
                byStart.put(t.getStartIndex(), t);
                byStop.put(t.getStopIndex(), t);
            }
        }
        for (ClamEntry e : s.entries()) {
            int lineStart = text.lastIndexOf('\n', e.start() - 1) + 1;
            int nl = text.indexOf('\n', e.start());
            int readLength = (nl < 0 ? text.length() : nl + 1) - lineStart;
            int lineEnd = nl < 0 ? text.length() : nl;
            if (readLength > ClamSyntax.READ_SIZE || text.substring(lineStart, lineEnd).indexOf('\0') >= 0) {
                continue;
            }
            Token name = byStart.get(e.start());
            assertThat(name).as("%s: a token at the name of %s", label, e).isNotNull();
            assertThat(name.getType()).as("%s: %s", label, e).isEqualTo(ClamLexer.NAME);
            assertThat(name.getText()).as("%s: %s", label, e).isEqualTo(e.name());
            Token arg = byStop.get(e.stop());
            assertThat(arg).as("%s: a token at the end of %s", label, e).isNotNull();
            assertThat(arg.getType()).as("%s: %s", label, e).isEqualTo(ClamLexer.ARG);
            if (!e.quoted()) {
                assertThat(arg.getText()).as("%s: %s", label, e).isEqualTo(e.argument());
            }
        }
    }
}
