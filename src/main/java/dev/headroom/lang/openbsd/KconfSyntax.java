package dev.headroom.lang.openbsd;

import dev.headroom.lang.ByteText;
import dev.headroom.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * The only door to the generated config(8) lexer and parser. Turns the text of one OpenBSD kernel
 * configuration file (one char per byte) into the statements config(8) accepts, with positions,
 * and what it says about the other lines. The grammars
 * ({@code grammars/dev/headroom/lang/openbsd}) say how the file is read and cite the source.
 *
 * <p>config(8) reads the whole configuration as one token stream, following {@code include}s
 * and the machine's {@code files.*}; a file is read here alone, so what depends on the others
 * (the order of {@code machine} and the specifications, whether an option name is defined) is
 * left to the model.
 */
public final class KconfSyntax {

    private KconfSyntax() {
    }

    /** Never throws: every input is a sequence of lines, and a bad line is a problem. */
    public static KconfFile parse(SourceFile file) {
        String text = file.text();
        List<String> errors = new ArrayList<>();
        KconfLexer lexer = lexer(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(ByteText.collector(errors));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        KconfParser parser = new KconfParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(ByteText.collector(errors));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        KconfParser.KconfFileContext tree = parser.kconfFile();

        KconfLines lines = new KconfLines();
        List<KconfStatement> statements = new ArrayList<>();
        List<KconfProblem> problems = new ArrayList<>();
        for (KconfParser.LineContext line : tree.line()) {
            List<Token> words = words(line, tokens);
            for (Token t : words) {
                if (t.getType() == KconfLexer.QUOTED && !KconfWords.closed(t.getText())) {
                    problems.add(new KconfProblem(KconfProblem.Kind.UNTERMINATED_QUOTE, t.getLine(),
                            t.getCharPositionInLine() + 1, "closing quote missing"));
                }
            }
            KconfStatement st = lines.read(words, problems);
            if (st != null) {
                statements.add(st);
                Token after = next(line.getStop(), tokens);
                if (after.getType() == Token.EOF) {
                    problems.add(new KconfProblem(KconfProblem.Kind.MISSING_NEWLINE, after.getLine(),
                            after.getCharPositionInLine() + 1, "no newline at the end of the file: config(8)"
                                    + " says \"syntax error\" here unless the file is included"));
                }
            }
        }
        problems.sort(Comparator.comparingInt(KconfProblem::line).thenComparingInt(KconfProblem::column));
        return new KconfFile(file, List.copyOf(statements), List.copyOf(problems), errors);
    }

    /** A line's default-channel tokens, copied: the line parser renumbers the tokens it reads. */
    private static List<Token> words(KconfParser.LineContext line, CommonTokenStream tokens) {
        List<Token> words = new ArrayList<>();
        for (int i = line.getStart().getTokenIndex(); i <= line.getStop().getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                words.add(new CommonToken(t));
            }
        }
        return words;
    }

    /** The default-channel token after this one: the newline ending its line, or EOF. */
    private static Token next(Token t, CommonTokenStream tokens) {
        Token after = tokens.get(t.getTokenIndex() + 1);
        while (after.getChannel() != Token.DEFAULT_CHANNEL) {
            after = tokens.get(after.getTokenIndex() + 1);
        }
        return after;
    }

    /**
     * A number as config(8)'s lexer reads it: {@code 0[0-7]*} octal, {@code 0x} hex, otherwise
     * decimal, with an optional leading {@code -}; null when the text is not one number (or does
     * not fit in a long). {@code number("010000")} is 4096.
     */
    public static Long number(String text) {
        return KconfNumber.parse(text);
    }

    static KconfLexer lexer(String text) {
        return new KconfLexer(ByteText.chars(text));
    }
}
