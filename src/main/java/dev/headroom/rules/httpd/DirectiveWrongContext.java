package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A server-wide MPM directive is inside &lt;VirtualHost&gt;, &lt;Directory&gt; or another section. */
public final class DirectiveWrongContext extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT015", "directive-wrong-context", Severity.ERROR, "httpd",
            "A server-wide MPM directive is inside <VirtualHost>, <Directory> or another section.");

    public DirectiveWrongContext() {
        super(HttpdEvent.Kind.WRONG_CONTEXT);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
