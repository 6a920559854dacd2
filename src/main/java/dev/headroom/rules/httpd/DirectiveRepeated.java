package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** An MPM directive is set more than once; only the last value counts. */
public final class DirectiveRepeated extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT401", "directive-repeated", Severity.INFO, "httpd",
            "An MPM directive is set more than once; only the last value counts.");

    public DirectiveRepeated() {
        super(HttpdEvent.Kind.DIRECTIVE_REPEATED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
