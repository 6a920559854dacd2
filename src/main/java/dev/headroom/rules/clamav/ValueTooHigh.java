package dev.headroom.rules.clamav;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleInfo;

/** A size beyond what ClamAV can hold: reset to the maximum. */
public final class ValueTooHigh extends ClamProblemRule {

    static final RuleInfo INFO = new RuleInfo("CL005", "value-too-high", Severity.WARNING, "clamav",
            "A size beyond what ClamAV can hold: reset to the maximum.");

    public ValueTooHigh() {
        super(ClamProblem.Kind.VALUE_TOO_HIGH);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
