package dev.headroom.lang;

import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;

/**
 * What every parsed file offers beyond its statements: the lexer's complaints (the grammars
 * are built so that there are none) and the full token stream, rebuilt on demand, whose text
 * is the input byte for byte when nothing was edited.
 */
public abstract class LosslessSyntax {

    private final String text;
    private final List<String> errors;

    protected LosslessSyntax(String text, List<String> errors) {
        this.text = text;
        this.errors = errors;
    }

    /** A fresh lexer of this language over the text. */
    protected abstract Lexer newLexer(String text);

    /** Lexer or parser complaints; the grammar is built so that there are none. */
    public List<String> errors() {
        return errors;
    }

    /** The full token stream, hidden tokens included, lexed anew (for edits). */
    public CommonTokenStream tokens() {
        return ByteText.allTokens(newLexer(text));
    }

    /** Every token's text, in order: identical to the input when nothing was edited. */
    public String print() {
        return tokens().getText();
    }
}
