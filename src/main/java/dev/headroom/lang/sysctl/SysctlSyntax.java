package dev.headroom.lang.sysctl;

import dev.headroom.lang.ByteText;
import dev.headroom.lang.LosslessSyntax;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The only door to the generated sysctl lexer and parser. Turns the text of one sysctl.conf(5)
 * or sysctl.d(5) file (one char per byte) into the lines systemd-sysctl 252 would apply, with
 * positions, and the problems it would have with the others. The grammar
 * ({@code grammars/dev/headroom/lang/sysctl}) says how each line is read and cites the source.
 *
 * <p>Where procps {@code sysctl -p}/{@code --system} (4.0.2, src/sysctl.c) reads a line
 * differently, systemd wins here, because it is what runs at boot on systemd machines; the
 * differences, all at the edges, are: procps ends lines at {@code \n} only, also strips
 * {@code \f} and {@code \v} (isspace), skips lines shorter than two bytes, keeps blanks between
 * a leading {@code -} and the key, and does not simplify repeated separators in a key.
 */
public final class SysctlSyntax extends LosslessSyntax {

    /** LONG_LINE_MAX (systemd src/basic/fileio.h): read_line() refuses a line this long. */
    public static final int LONG_LINE_MAX = 1024 * 1024;

    private final List<SysctlEntry> entries;
    private final List<SysctlProblem> problems;

    private SysctlSyntax(String text, List<SysctlEntry> entries, List<SysctlProblem> problems,
            List<String> errors) {
        super(text, errors);
        this.entries = entries;
        this.problems = problems;
    }

    public static SysctlSyntax parse(String text) {
        List<String> errors = new ArrayList<>();
        SysctlLexer lexer = lexer(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(ByteText.collector(errors));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        Positions pos = Positions.of(tokens.getTokens(), text.length());

        SysctlParser parser = new SysctlParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(ByteText.collector(errors));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        SysctlParser.SysctlFileContext file = parser.sysctlFile();

        List<SysctlEntry> entries = new ArrayList<>();
        List<SysctlProblem> problems = new ArrayList<>();
        for (SysctlParser.StatementContext st : file.statement()) {
            int line = pos.line(st.getStart());
            if (line >= pos.tooLongLine) {
                // read_line() failed before this line: systemd-sysctl read no further.
                break;
            }
            read(st, text, pos, entries, problems);
        }
        if (pos.tooLongLine != Integer.MAX_VALUE) {
            problems.add(new SysctlProblem(SysctlProblem.Kind.LINE_TOO_LONG, pos.tooLongLine, 1,
                    "line is " + LONG_LINE_MAX + " bytes or longer: systemd-sysctl fails to read"
                            + " the file from here on (No buffer space available)"));
        }
        return new SysctlSyntax(text, List.copyOf(entries), List.copyOf(problems), errors);
    }

    private static void read(SysctlParser.StatementContext st, String text, Positions pos,
            List<SysctlEntry> entries, List<SysctlProblem> problems) {
        Token start = st.getStart();
        int line = pos.line(start);
        int column = pos.column(start);
        int stop = st.getStop().getStopIndex();
        if (st instanceof SysctlParser.NotAssignmentContext) {
            problems.add(new SysctlProblem(SysctlProblem.Kind.NOT_AN_ASSIGNMENT, line, column,
                    "Line is not an assignment, ignoring: " + text.substring(start.getStartIndex(), stop + 1)));
            return;
        }
        if (st instanceof SysctlParser.ExclusionContext) {
            SysctlParser.ExclusionContext ex = (SysctlParser.ExclusionContext) st;
            String written = textOf(ex.KEY());
            entries.add(new SysctlEntry(SysctlEntry.Kind.EXCLUSION, written, SysctlKey.of(written), null,
                    true, line, column, 0, start.getStartIndex(), stop));
            return;
        }
        SysctlParser.AssignmentContext as = (SysctlParser.AssignmentContext) st;
        String written = textOf(as.KEY());
        String value = textOf(as.VALUE());
        int valueColumn = as.VALUE() != null ? pos.column(as.VALUE().getSymbol())
                : pos.column(as.EQ().getSymbol()) + 1;
        SysctlKey key = SysctlKey.of(written);
        boolean dash = as.DASH() != null;
        entries.add(new SysctlEntry(SysctlEntry.Kind.ASSIGNMENT, written, key, value, dash, line, column,
                valueColumn, start.getStartIndex(), stop));
        if (!key.isFilePath()) {
            problems.add(new SysctlProblem(SysctlProblem.Kind.INVALID_KEY, line, column,
                    "'" + written + "' names no sysctl: systemd-sysctl cannot write '" + value + "' to /proc/sys/"
                            + key.path() + (dash ? " (failure ignored: the line starts with '-')" : " and fails")));
        }
        if (hasComment(value)) {
            problems.add(new SysctlProblem(SysctlProblem.Kind.VALUE_WITH_COMMENT, line, valueColumn,
                    "the value '" + value + "' includes a comment: sysctl.d(5) has no comments after a"
                            + " value, so all of it is written to the kernel, which keeps it in a string sysctl"));
        }
    }

    private static boolean hasComment(String value) {
        return value.startsWith("#") || value.contains(" #") || value.contains("\t#");
    }

    private static String textOf(TerminalNode node) {
        return node == null ? "" : node.getText();
    }

    /**
     * Line and column of every token, lines counted by NL tokens (systemd's line ends, which
     * include a lone CR), and the first line too long for read_line().
     */
    private static final class Positions {
        private final int[] lines;
        private final int[] columns;
        private int tooLongLine = Integer.MAX_VALUE;

        private Positions(int n) {
            lines = new int[n];
            columns = new int[n];
        }

        static Positions of(List<Token> tokens, int length) {
            Positions p = new Positions(tokens.size());
            int line = 1;
            int lineStart = 0;
            for (Token t : tokens) {
                int i = t.getTokenIndex();
                int at = t.getType() == Token.EOF ? length : t.getStartIndex();
                p.lines[i] = line;
                p.columns[i] = at - lineStart + 1;
                if (t.getType() == SysctlLexer.NL || t.getType() == Token.EOF) {
                    if (at - lineStart >= LONG_LINE_MAX && p.tooLongLine == Integer.MAX_VALUE) {
                        p.tooLongLine = line;
                    }
                    line++;
                    lineStart = t.getType() == Token.EOF ? length : t.getStopIndex() + 1;
                }
            }
            return p;
        }

        int line(Token t) {
            return lines[t.getTokenIndex()];
        }

        int column(Token t) {
            return columns[t.getTokenIndex()];
        }
    }

    @Override
    protected SysctlLexer newLexer(String text) {
        return lexer(text);
    }

    private static SysctlLexer lexer(String text) {
        return new SysctlLexer(ByteText.chars(text));
    }

    /** The lines systemd-sysctl applies, in file order: assignments and exclusions. */
    public List<SysctlEntry> entries() {
        return entries;
    }

    /** Lines the readers skip or cannot apply as written, in file order. */
    public List<SysctlProblem> problems() {
        return problems;
    }
}
