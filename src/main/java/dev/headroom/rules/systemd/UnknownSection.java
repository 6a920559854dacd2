package dev.headroom.rules.systemd;

import dev.headroom.model.Severity;
import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.RuleInfo;

/** A section systemd does not know (and not X-) is ignored with every line in it. */
public final class UnknownSection extends UnitEventRule {

    static final RuleInfo INFO = new RuleInfo("SD003", "unknown-section", Severity.WARNING, "systemd",
            "A section systemd does not know (and not X-) is ignored with every line in it.");

    public UnknownSection() {
        super(UnitEvent.Kind.UNKNOWN_SECTION);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
