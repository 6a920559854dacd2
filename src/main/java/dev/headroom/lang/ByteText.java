package dev.headroom.lang;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.TokenSource;

/**
 * What every language's syntax door shares: configuration text is held one char per byte, so
 * ANTLR gets the bytes as an 8-bit buffer (CharStreams.fromString would copy them char by
 * char); a lexer's complaints are collected rather than printed; and the full token stream,
 * hidden tokens included, is rebuilt on demand for printing and edits.
 */
public final class ByteText {

    private ByteText() {
    }

    public static CharStream chars(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return CodePointCharStream.fromBuffer(CodePointBuffer.withBytes(ByteBuffer.wrap(bytes)));
    }

    /** Every token, hidden ones too. */
    public static CommonTokenStream allTokens(TokenSource lexer) {
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens;
    }

    /** An error listener that adds {@code line:col: message} to the list. */
    public static BaseErrorListener collector(List<String> errors) {
        return new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg,
                    RecognitionException e) {
                errors.add(line + ":" + (col + 1) + ": " + msg);
            }
        };
    }
}
