package dev.headroom.lang.openbsd;

import dev.headroom.lang.LosslessSyntax;
import dev.headroom.source.SourceFile;
import java.util.List;

import org.antlr.v4.runtime.Lexer;

/**
 * One kernel configuration file as config(8) reads it: the statements it accepts, in file order,
 * and what it would say about the rest. Printing its tokens gives back the file's bytes.
 */
public final class KconfFile extends LosslessSyntax {

    private final SourceFile source;
    private final List<KconfStatement> statements;
    private final List<KconfProblem> problems;

    KconfFile(SourceFile source, List<KconfStatement> statements, List<KconfProblem> problems,
            List<String> errors) {
        super(source.text(), errors);
        this.source = source;
        this.statements = statements;
        this.problems = problems;
    }

    @Override
    protected Lexer newLexer(String text) {
        return KconfSyntax.lexer(text);
    }

    public SourceFile source() {
        return source;
    }

    /** The statements config(8) accepts, in file order; a line with a syntax error is not one. */
    public List<KconfStatement> statements() {
        return statements;
    }

    /** The statements of one kind, in file order. */
    public List<KconfStatement> statements(KconfStatement.Kind kind) {
        return statements.stream().filter(s -> s.kind() == kind).toList();
    }

    /** What config(8) would say, in file order. */
    public List<KconfProblem> problems() {
        return problems;
    }
}
