package dev.headroom.lang.openbsd;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads one line (its default-channel tokens, continuations joined) with the grammar's
 * {@code specLine}, as config(8) reads a statement up to its newline: the statement it makes, or
 * the syntax error config would print for it. One parser serves every line of a file.
 */
final class KconfLines {

    /**
     * Deeper parentheses (only a {@code file} line has any) are not read: the parser would
     * recurse once per level. config(8)'s own yacc parser has a fixed stack as well.
     */
    static final int MAX_NESTING = 100;

    private final KconfParser parser = new KconfParser(new CommonTokenStream(new ListTokenSource(List.of())));

    KconfLines() {
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        // Full LL: SLL may fail on a line that the grammar accepts, and a failure here is a finding.
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    }

    /** The statement on the line, or null after adding the syntax error to the problems. */
    KconfStatement read(List<Token> words, List<KconfProblem> problems) {
        Token tooDeep = tooDeep(words);
        if (tooDeep != null) {
            problems.add(new KconfProblem(KconfProblem.Kind.SYNTAX_ERROR, tooDeep.getLine(),
                    tooDeep.getCharPositionInLine() + 1, "parentheses nested more than " + MAX_NESTING
                            + " deep: headroom does not read this line"));
            return null;
        }
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(words)));
        KconfParser.SpecContext spec;
        try {
            spec = parser.specLine().spec();
        } catch (ParseCancellationException e) {
            Token offending = e.getCause() instanceof RecognitionException
                    ? ((RecognitionException) e.getCause()).getOffendingToken() : null;
            problems.add(KconfSyntaxError.at(words, offending));
            return null;
        }
        Token first = words.get(0);
        Token last = words.get(words.size() - 1);
        List<String> texts = new ArrayList<>(words.size());
        for (Token t : words) {
            texts.add(KconfWords.text(t));
        }
        return new KconfStatement(kind(spec), first.getLine(), first.getCharPositionInLine() + 1,
                List.copyOf(texts), options(spec), first.getStartIndex(), last.getStopIndex());
    }

    private static Token tooDeep(List<Token> words) {
        int depth = 0;
        for (Token t : words) {
            if (t.getType() == KconfLexer.LPAREN && ++depth > MAX_NESTING) {
                return t;
            } else if (t.getType() == KconfLexer.RPAREN && depth > 0) {
                depth--;
            }
        }
        return null;
    }

    private static KconfStatement.Kind kind(KconfParser.SpecContext spec) {
        if (spec instanceof KconfParser.OptionListContext) {
            return KconfStatement.Kind.OPTION;
        } else if (spec instanceof KconfParser.RmoptionListContext) {
            return KconfStatement.Kind.RMOPTION;
        } else if (spec instanceof KconfParser.MakeoptionListContext) {
            return KconfStatement.Kind.MAKEOPTION;
        } else if (spec instanceof KconfParser.MaxusersContext) {
            return KconfStatement.Kind.MAXUSERS;
        } else if (spec instanceof KconfParser.ConfigContext) {
            return KconfStatement.Kind.CONFIG;
        } else if (spec instanceof KconfParser.PseudoDeviceContext) {
            return KconfStatement.Kind.PSEUDO_DEVICE;
        } else if (spec instanceof KconfParser.DeviceContext || spec instanceof KconfParser.DeviceEnableContext) {
            return KconfStatement.Kind.DEVICE;
        } else if (spec instanceof KconfParser.IncludeContext) {
            return KconfStatement.Kind.INCLUDE;
        } else if (spec instanceof KconfParser.MachineContext) {
            return KconfStatement.Kind.MACHINE;
        }
        return KconfStatement.Kind.OTHER;
    }

    private static List<KconfOption> options(KconfParser.SpecContext spec) {
        List<KconfOption> out = new ArrayList<>();
        if (spec instanceof KconfParser.OptionListContext) {
            for (KconfParser.OptionItemContext o : ((KconfParser.OptionListContext) spec).optionItem()) {
                out.add(option(o, o.word(), o.value()));
            }
        } else if (spec instanceof KconfParser.RmoptionListContext) {
            for (KconfParser.WordContext w : ((KconfParser.RmoptionListContext) spec).word()) {
                Token t = w.getStart();
                out.add(new KconfOption(KconfWords.text(t), null, t.getLine(), t.getCharPositionInLine() + 1,
                        false, t.getStartIndex(), t.getStopIndex()));
            }
        } else if (spec instanceof KconfParser.MakeoptionListContext) {
            for (KconfParser.MkoptionContext o : ((KconfParser.MakeoptionListContext) spec).mkoption()) {
                out.add(option(o, o.word(), o.value()));
            }
        }
        return List.copyOf(out);
    }

    private static KconfOption option(ParserRuleContext item, KconfParser.WordContext word,
            KconfParser.ValueContext value) {
        Token name = word.getStart();
        String nameText = KconfWords.text(name);
        String valueText = value == null ? null : valueText(value);
        boolean quoted = false;
        int eq = nameText.indexOf('=');
        if (name.getType() == KconfLexer.QUOTED && value == null && eq > 0) {
            quoted = true;
            valueText = nameText.substring(eq + 1);
            nameText = nameText.substring(0, eq);
        } else if (name.getType() == KconfLexer.QUOTED && value == null) {
            quoted = true;
        }
        return new KconfOption(nameText, valueText, name.getLine(), name.getCharPositionInLine() + 1, quoted,
                item.getStart().getStartIndex(), item.getStop().getStopIndex());
    }

    private static String valueText(KconfParser.ValueContext value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.getChildCount(); i++) {
            if (value.getChild(i) instanceof KconfParser.WordContext) {
                b.append(KconfWords.text(((KconfParser.WordContext) value.getChild(i)).getStart()));
            } else {
                Token t = (Token) value.getChild(i).getPayload();
                b.append(KconfWords.text(t));
            }
        }
        return b.toString();
    }
}
