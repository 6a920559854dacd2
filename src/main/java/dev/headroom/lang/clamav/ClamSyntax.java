package dev.headroom.lang.clamav;

import dev.headroom.lang.ByteText;
import dev.headroom.lang.LosslessSyntax;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The only door to the generated ClamAV lexer. Turns the text of one clamd.conf, freshclam.conf
 * or clamav-milter.conf (one char per byte) into the option lines ClamAV reads, with positions,
 * and the lines it refuses.
 *
 * <p>The lines are cut as {@code optparse()} cuts them (ClamAV {@code common/optparser.c},
 * rel/1.4 at e8b337754d18b6bc46d565e7b6d82843debb4793, L978–1042), byte for byte:
 * <ul>
 *   <li>{@code fgets(buffer, 1024, fs)}: a read ends after a {@code \n} or after 1023 bytes, so a
 *       longer line is read in pieces, each parsed as a line of its own and counted in the line
 *       numbers ClamAV prints;</li>
 *   <li>the C string functions stop at a NUL byte, which hides the rest of the read;</li>
 *   <li>leading spaces and tabs are skipped (all but the last byte of the read);</li>
 *   <li>a read of at most 2 bytes after them (the newline counts), or starting {@code #}, is
 *       skipped;</li>
 *   <li>a read starting {@code Example} is fatal;</li>
 *   <li>the name ends at the first space or tab (none: fatal), the argument is the rest without
 *       its leading blanks and its trailing blanks and newlines (empty: fatal);</li>
 *   <li>an argument starting {@code "} runs to the last {@code "} of the line (none, or nothing
 *       between the two: fatal).</li>
 * </ul>
 * ClamAV stops at the first fatal line; this syntax goes on, so that every line is checked.
 * The lexer ({@code grammars/dev/headroom/lang/clamav/ClamLexer.g4}) cuts the same names and
 * arguments for every line that is read in one piece and holds no NUL.
 */
public final class ClamSyntax extends LosslessSyntax {

    /** {@code sizeof(buffer) - 1}: the most bytes one fgets() call returns. */
    public static final int READ_SIZE = 1023;

    private final String text;
    private final List<ClamEntry> entries;
    private final List<ClamProblem> problems;

    private ClamSyntax(String text, List<ClamEntry> entries, List<ClamProblem> problems, List<String> errors) {
        super(text, errors);
        this.text = text;
        this.entries = entries;
        this.problems = problems;
    }

    public static ClamSyntax parse(String text) {
        List<String> errors = new ArrayList<>();
        ClamLexer lexer = lexer(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(ByteText.collector(errors));
        new CommonTokenStream(lexer).fill();

        List<ClamEntry> entries = new ArrayList<>();
        List<ClamProblem> problems = new ArrayList<>();
        new Reader(text, entries, problems).readAll();
        return new ClamSyntax(text, List.copyOf(entries), List.copyOf(problems), errors);
    }

    /** A port of optparse()'s reading loop, over the text rather than a FILE. */
    private static final class Reader {
        private final String text;
        private final List<ClamEntry> entries;
        private final List<ClamProblem> problems;
        private int physicalLine = 1;
        private int physicalLineStart;
        private int readerLine;

        Reader(String text, List<ClamEntry> entries, List<ClamProblem> problems) {
            this.text = text;
            this.entries = entries;
            this.problems = problems;
        }

        void readAll() {
            int pos = 0;
            int length = text.length();
            while (pos < length) {
                int end = pos;
                boolean newline = false;
                while (end < length && end - pos < READ_SIZE) {
                    if (text.charAt(end++) == '\n') {
                        newline = true;
                        break;
                    }
                }
                readerLine++;
                int stringEnd = pos;
                while (stringEnd < end && text.charAt(stringEnd) != '\0') {
                    stringEnd++;
                }
                if (!newline && end < length) {
                    problems.add(problem(ClamProblem.Kind.LINE_SPLIT, end, null));
                }
                if (stringEnd < end) {
                    problems.add(problem(ClamProblem.Kind.NUL_BYTE, stringEnd, null));
                }
                readLine(pos, stringEnd);
                pos = end;
                if (newline) {
                    physicalLine++;
                    physicalLineStart = end;
                }
            }
        }

        /** One C string from fgets(): {@code text[s, e)}. */
        private void readLine(int s, int e) {
            int b = s;
            while (b - s < (e - s) - 1 && blank(text.charAt(b))) {
                b++;
            }
            if (e - b <= 2 || text.charAt(b) == '#') {
                return;
            }
            if (text.startsWith("Example", b) && b + 7 <= e) {
                problems.add(problem(ClamProblem.Kind.EXAMPLE_LINE, b, null));
                return;
            }
            int blankAt = -1;
            for (int i = b; i < e; i++) {
                if (blank(text.charAt(i))) {
                    blankAt = i;
                    break;
                }
            }
            if (blankAt < 0) {
                problems.add(problem(ClamProblem.Kind.MISSING_ARGUMENT, b, null));
                return;
            }
            String name = text.substring(b, blankAt);
            int pt = blankAt + 1;
            while (pt - (blankAt + 1) < (e - blankAt - 1) - 1 && blank(text.charAt(pt))) {
                pt++;
            }
            int k = e - pt;
            while (k >= 1 && trailing(text.charAt(pt + k - 1))) {
                k--;
            }
            if (k == 0) {
                problems.add(problem(ClamProblem.Kind.MISSING_ARGUMENT, b, null));
                return;
            }
            int last = pt + k - 1;
            if (text.charAt(pt) == '"') {
                int close = text.lastIndexOf('"', last);
                if (close <= pt) {
                    problems.add(problem(ClamProblem.Kind.MISSING_CLOSING_QUOTE, pt, name));
                    return;
                }
                if (close == pt + 1) {
                    problems.add(problem(ClamProblem.Kind.EMPTY_ARGUMENT, pt, name));
                    return;
                }
                entries.add(new ClamEntry(name, text.substring(pt + 1, close), true, physicalLine, column(b),
                        column(pt + 1), readerLine, b, last));
                return;
            }
            entries.add(new ClamEntry(name, text.substring(pt, last + 1), false, physicalLine, column(b), column(pt),
                    readerLine, b, last));
        }

        private ClamProblem problem(ClamProblem.Kind kind, int offset, String option) {
            return new ClamProblem(kind, physicalLine, column(offset), readerLine, option);
        }

        private int column(int offset) {
            return offset - physicalLineStart + 1;
        }

        private static boolean blank(char c) {
            return c == ' ' || c == '\t';
        }

        private static boolean trailing(char c) {
            return c == ' ' || c == '\t' || c == '\n';
        }
    }

    @Override
    protected ClamLexer newLexer(String text) {
        return lexer(text);
    }

    private static ClamLexer lexer(String text) {
        return new ClamLexer(ByteText.chars(text));
    }

    /** The file's text, one char per byte. */
    public String text() {
        return text;
    }

    /** The option lines, in file order, including those after a line ClamAV would stop at. */
    public List<ClamEntry> entries() {
        return entries;
    }

    /**
     * The lines ClamAV refuses (each an ERROR: ClamAV stops at the first) and the notes (split
     * lines, NUL bytes), in file order.
     */
    public List<ClamProblem> problems() {
        return problems;
    }
}
