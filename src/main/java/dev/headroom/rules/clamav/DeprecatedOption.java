package dev.headroom.rules.clamav;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleInfo;

/** A deprecated option: the daemon ignores it with a warning. */
public final class DeprecatedOption extends ClamProblemRule {

    static final RuleInfo INFO = new RuleInfo("CL004", "deprecated-option", Severity.WARNING, "clamav",
            "A deprecated option: the daemon ignores it with a warning.");

    public DeprecatedOption() {
        super(ClamProblem.Kind.DEPRECATED_IGNORED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
