package dev.headroom.lang.httpd;

import dev.headroom.lang.ByteText;
import dev.headroom.lang.LosslessSyntax;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * The only door to the generated httpd lexer and parser. Turns a file's text into its logical
 * lines, with positions. Tokens are dropped as soon as their line is known and no parse tree
 * is kept, so memory stays proportional to the statements, not to the bytes: a 4 MB file of
 * 10,000 virtual hosts does not hold half a million tokens. The
 * full token stream, whitespace and continuations included, is rebuilt on demand
 * ({@link #tokens()}, {@link #print()}) for the rare caller that prints or edits.
 */
public final class HttpdSyntax extends LosslessSyntax {

    private final List<ConfLine> lines;

    private HttpdSyntax(String text, List<ConfLine> lines, List<String> errors) {
        super(text, errors);
        this.lines = lines;
    }

    public static HttpdSyntax parse(String text) {
        List<String> errors = new ArrayList<>();
        HttpdLexer lexer = lexer(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(ByteText.collector(errors));
        List<ConfLine> lines = new ArrayList<>();
        // A statement is the default-channel tokens up to NL: exactly HttpdParser's 'statement'
        // (HttpdGrammarAgreementTest checks that on every real file). Grouping the tokens here
        // rather than through the generated parser saves a third of the time on large files.
        Token first = null;
        Token last = null;
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == Token.EOF || type == HttpdLexer.NL) {
                // Comments never matter to httpd once lines are joined; statements do.
                if (first != null && first.getType() != HttpdLexer.COMMENT) {
                    lines.add(new ConfLine(text, first.getLine(), first.getCharPositionInLine() + 1,
                            first.getStartIndex(), last.getStopIndex()));
                }
                if (type == Token.EOF) {
                    break;
                }
                first = null;
            } else if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                if (first == null) {
                    first = t;
                }
                last = t;
            }
        }
        return new HttpdSyntax(text, lines, errors);
    }

    /**
     * The statements as the generated parser sees them: the specification {@link #parse}
     * follows, used by tests to check that the two agree.
     */
    public static List<ConfLine> parseWithParser(String text, List<String> errors) {
        HttpdLexer lexer = lexer(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(ByteText.collector(errors));
        HttpdParser parser = new HttpdParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(ByteText.collector(errors));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        List<ConfLine> lines = new ArrayList<>();
        for (HttpdParser.StatementContext st : parser.config().statement()) {
            if (!(st instanceof HttpdParser.CommentContext)) {
                Token start = st.getStart();
                lines.add(new ConfLine(text, start.getLine(), start.getCharPositionInLine() + 1,
                        start.getStartIndex(), st.getStop().getStopIndex()));
            }
        }
        return lines;
    }

    @Override
    protected HttpdLexer newLexer(String text) {
        return lexer(text);
    }

    private static HttpdLexer lexer(String text) {
        return new HttpdLexer(ByteText.chars(text));
    }

    /** Removes each backslash that ends a physical line, with its line end (util.c). */
    static String join(String raw) {
        if (raw.indexOf('\n') < 0) {
            return raw;
        }
        return raw.replace("\\\r\n", "").replace("\\\n", "");
    }

    /** The statements (directives and section tags) in file order; comments are left out. */
    public List<ConfLine> lines() {
        return lines;
    }
}
