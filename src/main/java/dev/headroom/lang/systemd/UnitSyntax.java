package dev.headroom.lang.systemd;

import dev.headroom.lang.ByteText;
import dev.headroom.lang.LosslessSyntax;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

/**
 * The only door to the generated unit-file lexer. Turns a file's text (one char per byte) into
 * its logical lines, following systemd's config_parse(): comment lines are dropped before any
 * continuation logic, an odd trailing backslash becomes a space and joins the next line with
 * its leading whitespace, a UTF-8 byte order mark on the first line is skipped. The lexer keeps
 * every byte, so {@link #print()} gives the input back.
 */
public final class UnitSyntax extends LosslessSyntax {

    private static final String BOM = "\u00ef\u00bb\u00bf";

    private final List<UnitLine> lines;

    private UnitSyntax(String text, List<UnitLine> lines, List<String> errors) {
        super(text, errors);
        this.lines = lines;
    }

    public static UnitSyntax parse(String text) {
        List<String> errors = new ArrayList<>();
        UnitLexer lexer = lexer(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(ByteText.collector(errors));
        List<UnitLine> lines = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        Token first = null;
        Token last = null;
        boolean continued = false;
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == Token.EOF || type == UnitLexer.NL) {
                if (first != null) {
                    if (type == Token.EOF && oddTrailingBackslashes(logical)) {
                        // The last line ends in a backslash but no newline: still a continuation.
                        logical.setCharAt(logical.length() - 1, ' ');
                        continued = true;
                    }
                    // config_parse() counts physical lines as it reads them and hands the joined
                    // line over with the count reached: the line that ends it, or one more than
                    // the file has when the end of the file ends a continuation.
                    int reported = type == Token.EOF && continued && !endsWithNewline(text)
                            ? t.getLine() + 1 : t.getLine();
                    String joined = strip(logical.toString());
                    if (first.getStartIndex() == 0 && joined.startsWith(BOM)) {
                        joined = strip(joined.substring(BOM.length()));
                    }
                    // parse_line() ignores a comment that only the BOM hid from config_parse().
                    boolean comment = !joined.isEmpty() && (joined.charAt(0) == '#' || joined.charAt(0) == ';');
                    if (!joined.isEmpty() && !comment) {
                        lines.add(new UnitLine(joined, first.getLine(), first.getCharPositionInLine() + 1,
                                first.getStartIndex(), last.getStopIndex(), reported));
                    }
                }
                if (type == Token.EOF) {
                    break;
                }
                first = null;
                continued = false;
                logical.setLength(0);
                continue;
            }
            if (type == UnitLexer.COMMENT) {
                // A comment line, alone or inside a continuation: dropped.
                continue;
            }
            if (t.getChannel() != Token.DEFAULT_CHANNEL && first == null) {
                continue;
            }
            if (first == null) {
                first = t;
            }
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                continued = type == UnitLexer.CONT;
            }
            last = t;
            logical.append(type == UnitLexer.CONT ? " " : t.getText());
        }
        return new UnitSyntax(text, lines, errors);
    }

    private static boolean oddTrailingBackslashes(CharSequence s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static boolean endsWithNewline(String text) {
        return !text.isEmpty() && text.charAt(text.length() - 1) == '\n';
    }

    /** strstrip(): systemd's WHITESPACE is space, tab, newline and carriage return. */
    public static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isWhitespace(s.charAt(b))) {
            b++;
        }
        while (e > b && isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    @Override
    protected UnitLexer newLexer(String text) {
        return lexer(text);
    }

    private static UnitLexer lexer(String text) {
        return new UnitLexer(ByteText.chars(text));
    }

    /** The logical lines that are not comments or blank, in order. */
    public List<UnitLine> lines() {
        return lines;
    }
}
