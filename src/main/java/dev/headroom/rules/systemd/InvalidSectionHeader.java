package dev.headroom.rules.systemd;

import dev.headroom.model.Severity;
import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.RuleInfo;

/** A section header is malformed; systemd refuses to load the unit. */
public final class InvalidSectionHeader extends UnitEventRule {

    static final RuleInfo INFO = new RuleInfo("SD001", "invalid-section-header", Severity.ERROR, "systemd",
            "A section header is malformed; systemd refuses to load the unit.");

    public InvalidSectionHeader() {
        super(UnitEvent.Kind.INVALID_SECTION_HEADER);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
