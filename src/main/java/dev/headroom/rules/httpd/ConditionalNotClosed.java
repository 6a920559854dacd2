package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A conditional section whose condition is false is never closed; httpd refuses the configuration. */
public final class ConditionalNotClosed extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT003", "conditional-not-closed", Severity.ERROR, "httpd",
            "A conditional section whose condition is false is never closed; httpd refuses the configuration.");

    public ConditionalNotClosed() {
        super(HttpdEvent.Kind.CONDITIONAL_NOT_CLOSED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
