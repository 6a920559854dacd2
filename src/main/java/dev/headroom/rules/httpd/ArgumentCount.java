package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A directive headroom models has the wrong number of arguments (often a trailing comment, which httpd does not allow). */
public final class ArgumentCount extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT011", "argument-count", Severity.ERROR, "httpd",
            "A directive headroom models has the wrong number of arguments (often a trailing comment, which httpd does not allow).");

    public ArgumentCount() {
        super(HttpdEvent.Kind.ARGUMENT_COUNT);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
