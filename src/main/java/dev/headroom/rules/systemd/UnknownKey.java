package dev.headroom.rules.systemd;

import dev.headroom.model.Severity;
import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.RuleInfo;

/** A key systemd does not know in its section (and not X-) is ignored. */
public final class UnknownKey extends UnitEventRule {

    static final RuleInfo INFO = new RuleInfo("SD004", "unknown-key", Severity.WARNING, "systemd",
            "A key systemd does not know in its section (and not X-) is ignored.");

    public UnknownKey() {
        super(UnitEvent.Kind.UNKNOWN_KEY);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
