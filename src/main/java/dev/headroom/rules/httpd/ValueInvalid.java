package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** An MPM directive has a value httpd refuses. */
public final class ValueInvalid extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT017", "value-invalid", Severity.ERROR, "httpd",
            "An MPM directive has a value httpd refuses.");

    public ValueInvalid() {
        super(HttpdEvent.Kind.VALUE_INVALID);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
