package dev.headroom.rules.clamav;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleInfo;

/** A line longer than 1023 bytes or holding a NUL byte: ClamAV reads it differently from how it looks. */
public final class LineReadInPieces extends ClamProblemRule {

    static final RuleInfo INFO = new RuleInfo("CL006", "line-read-in-pieces", Severity.WARNING, "clamav",
            "A line longer than 1023 bytes or holding a NUL byte: ClamAV reads it differently from how it looks.");

    public LineReadInPieces() {
        super(ClamProblem.Kind.LINE_SPLIT, ClamProblem.Kind.NUL_BYTE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
