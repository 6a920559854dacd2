package dev.headroom.rules.clamav;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleInfo;

/** The Example line of a sample configuration is still there: clamd and freshclam refuse to start. */
public final class ExampleLine extends ClamProblemRule {

    static final RuleInfo INFO = new RuleInfo("CL001", "example-line", Severity.ERROR, "clamav",
            "The Example line of a sample configuration is still there: clamd and freshclam refuse to start.");

    public ExampleLine() {
        super(ClamProblem.Kind.EXAMPLE_LINE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
