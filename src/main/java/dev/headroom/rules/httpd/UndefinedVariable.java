package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** ${NAME} is used but neither Define nor the environment sets it; httpd keeps the text as it is. */
public final class UndefinedVariable extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT101", "undefined-variable", Severity.WARNING, "httpd",
            "${NAME} is used but neither Define nor the environment sets it; httpd keeps the text as it is.");

    public UndefinedVariable() {
        super(HttpdEvent.Kind.VARIABLE_UNDEFINED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
