package dev.headroom.lang.openbsd;

import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.Token;

/**
 * The "syntax error" config(8) prints for a line, placed at the token where the line stops
 * being a statement, and with the form of the statement the line starts, so that people see
 * what is wrong. config itself names only the line ({@code file:line: syntax error}).
 */
final class KconfSyntaxError {

    private static final String DEVICE = "DEV[*] at PARENT[?] [disable] [LOCATOR VALUE|? ...] [flags N]";

    private static final Map<Integer, String> FORMS = Map.ofEntries(
            Map.entry(KconfLexer.OPTIONS, "option NAME[=VALUE][, NAME[=VALUE] ...]"),
            Map.entry(KconfLexer.RMOPTIONS, "rmoption NAME[, NAME ...]"),
            Map.entry(KconfLexer.MAKEOPTIONS, "makeoption NAME=VALUE[, NAME=VALUE ...]"),
            Map.entry(KconfLexer.MAXUSERS, "maxusers NUMBER"),
            Map.entry(KconfLexer.CONFIG, "config NAME root on DEV swap on DEV [and DEV ...] dumps on DEV"),
            Map.entry(KconfLexer.PSEUDO_DEVICE, "pseudo-device NAME [COUNT] [disable]"),
            Map.entry(KconfLexer.INCLUDE, "include \"FILE\""),
            Map.entry(KconfLexer.XMACHINE, "machine ARCH [MACHINE_ARCH]"),
            Map.entry(KconfLexer.SOURCE, "source PATH"),
            Map.entry(KconfLexer.BUILD, "build PATH"),
            Map.entry(KconfLexer.XFILE, "file PATH[|PATH ...] [EXPR] [needs-count|needs-flag] [compile-with RULE]"),
            Map.entry(KconfLexer.XOBJECT, "object PATH [EXPR] [needs-flag]"),
            Map.entry(KconfLexer.WORD, DEVICE),
            Map.entry(KconfLexer.QUOTED, DEVICE));

    private KconfSyntaxError() {
    }

    /**
     * @param words     the line's tokens
     * @param offending the token the grammar could not take, or the parser's end-of-line token
     *                  (or null) when the line ended too early
     */
    static KconfProblem at(List<Token> words, Token offending) {
        Token first = words.get(0);
        Token last = words.get(words.size() - 1);
        boolean atEnd = offending == null || offending.getType() == Token.EOF;
        int line = atEnd ? last.getLine() : offending.getLine();
        int column = atEnd ? last.getCharPositionInLine() + 1 + last.getText().length()
                : offending.getCharPositionInLine() + 1;
        String where = atEnd ? "at the end of the line" : "at '" + KconfWords.display(offending.getText()) + "'";
        String form = FORMS.get(first.getType());
        String hint;
        if (form != null) {
            hint = "the form is: " + form;
        } else if (first.getType() >= KconfLexer.AND && first.getType() <= KconfLexer.RMOPTIONS) {
            hint = "'" + first.getText() + "' is a keyword of the files.* definitions, not of a kernel configuration";
        } else {
            hint = "a statement starts with a keyword or a device name";
        }
        return new KconfProblem(KconfProblem.Kind.SYNTAX_ERROR, line, column, "syntax error " + where + " (" + hint + ")");
    }
}
