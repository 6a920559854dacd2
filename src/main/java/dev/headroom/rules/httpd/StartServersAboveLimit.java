package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.MpmAdjustment;
import dev.headroom.rules.RuleInfo;

/** StartServers asks for more children than MaxRequestWorkers allows; httpd starts fewer. */
public final class StartServersAboveLimit extends AdjustmentRule {

    static final RuleInfo INFO = new RuleInfo("HT314", "start-servers-above-limit", Severity.INFO,
            "httpd", "StartServers asks for more children than MaxRequestWorkers allows; httpd silently starts fewer.");

    public StartServersAboveLimit() {
        super(MpmAdjustment.Kind.START_SERVERS_CAPPED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
