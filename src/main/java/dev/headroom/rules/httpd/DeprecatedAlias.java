package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** MaxClients or MaxRequestsPerChild is used; they are deprecated names. */
public final class DeprecatedAlias extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT402", "deprecated-alias", Severity.INFO, "httpd",
            "MaxClients or MaxRequestsPerChild is used; they are deprecated names.");

    public DeprecatedAlias() {
        super(HttpdEvent.Kind.DEPRECATED_ALIAS);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
