package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** An MPM value is not a plain integer; httpd reads it with atoi() and gets another number. */
public final class NumberReadDifferently extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT102", "number-read-differently", Severity.WARNING, "httpd",
            "An MPM value is not a plain integer; httpd reads it with atoi() and gets another number.");

    public NumberReadDifferently() {
        super(HttpdEvent.Kind.NUMBER_READ_DIFFERENTLY);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
