package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** An &lt;IfModule&gt;-style section whose condition holds is never closed; httpd silently reads the rest of the file as its body. */
public final class ConditionalOpenAtEndOfFile extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT002", "conditional-open-at-end-of-file", Severity.WARNING, "httpd",
            "An <IfModule>-style section whose condition holds is never closed; httpd silently reads the rest of the file as its body.");

    public ConditionalOpenAtEndOfFile() {
        super(HttpdEvent.Kind.CONDITIONAL_OPEN_AT_EOF);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
