package dev.headroom.rules.systemd;

import java.util.EnumSet;
import java.util.Set;

import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.model.systemd.UnitEvent;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;

/** A rule that reports what the unit reader noticed, in systemd's own words. */
abstract class UnitEventRule implements Rule<SystemdConfig> {

    private final Set<UnitEvent.Kind> kinds;

    UnitEventRule(UnitEvent.Kind first, UnitEvent.Kind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    @Override
    public void check(SystemdConfig model, Reporter out) {
        for (UnitEvent e : model.events()) {
            if (kinds.contains(e.kind())) {
                out.report(e.origin(), e.message());
            }
        }
    }
}
