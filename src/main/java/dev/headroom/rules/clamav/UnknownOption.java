package dev.headroom.rules.clamav;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleInfo;

/** An option the tool does not know (names are case-sensitive): the whole file is refused. */
public final class UnknownOption extends ClamProblemRule {

    static final RuleInfo INFO = new RuleInfo("CL002", "unknown-option", Severity.ERROR, "clamav",
            "An option the tool does not know (names are case-sensitive): the whole file is refused.");

    public UnknownOption() {
        super(ClamProblem.Kind.UNKNOWN_OPTION);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
