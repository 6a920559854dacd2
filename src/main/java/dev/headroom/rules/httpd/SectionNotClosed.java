package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A section such as &lt;VirtualHost&gt; or &lt;Directory&gt; is not closed before the end of its file; httpd refuses the configuration. */
public final class SectionNotClosed extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT001", "section-not-closed", Severity.ERROR, "httpd",
            "A section such as <VirtualHost> or <Directory> is not closed before the end of its file; httpd refuses the configuration.");

    public SectionNotClosed() {
        super(HttpdEvent.Kind.SECTION_NOT_CLOSED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
