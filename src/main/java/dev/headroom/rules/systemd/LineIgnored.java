package dev.headroom.rules.systemd;

import dev.headroom.model.Severity;
import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.RuleInfo;

/** A line has no key, no '=' or no section; systemd ignores it. */
public final class LineIgnored extends UnitEventRule {

    static final RuleInfo INFO = new RuleInfo("SD002", "line-ignored", Severity.WARNING, "systemd",
            "A line has no key, no '=' or no section; systemd ignores it.");

    public LineIgnored() {
        super(UnitEvent.Kind.MISSING_EQUALS, UnitEvent.Kind.MISSING_KEY, UnitEvent.Kind.OUTSIDE_SECTION);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
