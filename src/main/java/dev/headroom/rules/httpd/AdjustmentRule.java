package dev.headroom.rules.httpd;

import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;

/** A rule that reports one kind of start-up adjustment the MPM makes to its settings. */
abstract class AdjustmentRule implements Rule<HttpdConfig> {

    private final MpmAdjustment.Kind kind;

    AdjustmentRule(MpmAdjustment.Kind kind) {
        this.kind = kind;
    }

    @Override
    public void check(HttpdConfig model, Reporter out) {
        if (model.mpm() == null) {
            return;
        }
        for (MpmAdjustment a : model.mpm().adjustments()) {
            if (a.kind() == kind) {
                String m = a.message();
                // Severity says "warning"; keep the daemon's words without repeating it.
                out.report(a.origin(), m.startsWith("WARNING: ") ? m.substring(9) : m, a.daemonCode());
            }
        }
    }
}
