package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.Setting;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * MaxConnectionsPerChild 0 (httpd's default) never replaces a child. In the Copr story
 * (shared/seeds) one leaking child grew until the OOM killer took it, and systemd's
 * OOMPolicy=stop then stopped all of httpd.
 */
public final class NoChildRecycling implements Rule<HttpdConfig> {

    static final RuleInfo INFO = new RuleInfo("HT320", "no-child-recycling", Severity.INFO, "httpd",
            "MaxConnectionsPerChild is 0, so a child that leaks memory is never replaced.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(HttpdConfig model, Reporter out) {
        if (model.mpm() == null) {
            return;
        }
        Setting s = model.mpm().settings().get(MpmDirective.MAX_CONNECTIONS_PER_CHILD.directive);
        if (s.value().intValue() != 0) {
            return;
        }
        out.report(s.origin() != null ? s.origin() : model.mpmOrigin(),
                "MaxConnectionsPerChild is 0" + (s.origin() == null ? " (the default)" : "")
                        + ": a child that leaks memory is never replaced and grows until the OOM killer "
                        + "takes it; set a limit such as 10000 so children are recycled");
    }
}
