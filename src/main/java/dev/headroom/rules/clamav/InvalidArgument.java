package dev.headroom.rules.clamav;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleInfo;

/** An argument ClamAV cannot read (missing, empty, unclosed quote, wrong format, CRLF): the file is refused. */
public final class InvalidArgument extends ClamProblemRule {

    static final RuleInfo INFO = new RuleInfo("CL003", "invalid-argument", Severity.ERROR, "clamav",
            "An argument ClamAV cannot read (missing, empty, unclosed quote, wrong format, CRLF): the file is refused.");

    public InvalidArgument() {
        super(ClamProblem.Kind.MISSING_ARGUMENT, ClamProblem.Kind.MISSING_CLOSING_QUOTE, ClamProblem.Kind.EMPTY_ARGUMENT, ClamProblem.Kind.INCORRECT_FORMAT, ClamProblem.Kind.UNPARSABLE_NUMBER);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
