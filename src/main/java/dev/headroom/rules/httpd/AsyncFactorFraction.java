package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.CNumber;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.HttpdDirective;
import dev.headroom.model.httpd.Mpm;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.Setting;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * event stores AsyncRequestWorkerFactor ×16 but its acceptance test, connections_above_limit()
 * in event.c, divides by 16 in integers: 1.5 behaves like 1 and 2.9 like 2.
 */
public final class AsyncFactorFraction implements Rule<HttpdConfig> {

    static final RuleInfo INFO = new RuleInfo("HT323", "async-factor-fraction", Severity.INFO, "httpd",
            "AsyncRequestWorkerFactor has a fractional part that event's connection limit ignores.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(HttpdConfig model, Reporter out) {
        if (model.mpm() == null || model.mpm().mpm() != Mpm.EVENT) {
            return;
        }
        // Only the occurrence httpd uses: the effective setting's.
        Setting s = model.mpm().settings().get(MpmDirective.ASYNC_REQUEST_WORKER_FACTOR.directive);
        if (s == null || s.origin() == null) {
            return;
        }
        for (HttpdDirective d : model.directives()) {
            if (d.origin().equals(s.origin()) && d.args().size() == 1) {
                double v = CNumber.strtodWhole(d.args().get(0)).orElse(0);
                if (v > 1 && v != Math.floor(v) && !Double.isInfinite(v)) {
                    out.report(d.origin(), "AsyncRequestWorkerFactor " + d.args().get(0)
                            + " acts as " + (long) Math.floor(v)
                            + " when event decides whether a child accepts more connections");
                }
            }
        }
    }
}
