package dev.headroom.rules.systemd;

import dev.headroom.model.Severity;
import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.RuleInfo;

/** A value systemd cannot parse is ignored; the previous or default value stays. */
public final class InvalidValue extends UnitEventRule {

    static final RuleInfo INFO = new RuleInfo("SD101", "invalid-value", Severity.WARNING, "systemd",
            "A value systemd cannot parse is ignored; the previous or default value stays.");

    public InvalidValue() {
        super(UnitEvent.Kind.INVALID_VALUE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
