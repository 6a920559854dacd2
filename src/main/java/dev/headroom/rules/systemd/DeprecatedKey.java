package dev.headroom.rules.systemd;

import dev.headroom.model.Severity;
import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.RuleInfo;

/** A deprecated setting such as MemoryLimit= is used. */
public final class DeprecatedKey extends UnitEventRule {

    static final RuleInfo INFO = new RuleInfo("SD401", "deprecated-key", Severity.INFO, "systemd",
            "A deprecated setting such as MemoryLimit= is used.");

    public DeprecatedKey() {
        super(UnitEvent.Kind.DEPRECATED_KEY);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
