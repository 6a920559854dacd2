package dev.headroom.lang.httpd;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * The only door to the generated httpd parser. Turns a file's text into its logical lines
 * (with positions) while keeping the full token stream, so that printing gives back the input
 * byte for byte and edits can be made on tokens.
 */
public final class HttpdSyntax {

    private final CommonTokenStream tokens;
    private final List<ConfLine> lines;
    private final List<String> errors;

    private HttpdSyntax(CommonTokenStream tokens, List<ConfLine> lines, List<String> errors) {
        this.tokens = tokens;
        this.lines = lines;
        this.errors = errors;
    }

    public static HttpdSyntax parse(String text) {
        List<String> errors = new ArrayList<>();
        BaseErrorListener collect = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg,
                    RecognitionException e) {
                errors.add(line + ":" + (col + 1) + ": " + msg);
            }
        };
        HttpdLexer lexer = new HttpdLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(collect);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        HttpdParser parser = new HttpdParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(collect);
        // The grammar is LL(1) line by line; SLL never needs to fall back.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        HttpdParser.ConfigContext config = parser.config();
        List<ConfLine> lines = new ArrayList<>(config.statement().size());
        for (HttpdParser.StatementContext st : config.statement()) {
            Token start = st.getStart();
            Token stop = st.getStop();
            String raw = text.substring(start.getStartIndex(), stop.getStopIndex() + 1);
            lines.add(new ConfLine(ConfWords.trim(join(raw)), start.getLine(),
                    start.getCharPositionInLine() + 1, start.getTokenIndex(), stop.getTokenIndex()));
        }
        return new HttpdSyntax(tokens, lines, errors);
    }

    /** Removes each backslash that ends a physical line, with its line end (util.c). */
    static String join(String raw) {
        if (raw.indexOf('\n') < 0) {
            return raw;
        }
        return raw.replace("\\\r\n", "").replace("\\\n", "");
    }

    public List<ConfLine> lines() {
        return lines;
    }

    /** Lexer or parser complaints; the grammar is built so that there are none. */
    public List<String> errors() {
        return errors;
    }

    public CommonTokenStream tokens() {
        return tokens;
    }

    /** The whole token stream as text: identical to the input when nothing was edited. */
    public String print() {
        return tokens.getText();
    }
}
