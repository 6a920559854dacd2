package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A closing tag does not match the section that is open. */
public final class SectionMismatch extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT004", "section-mismatch", Severity.ERROR, "httpd",
            "A closing tag does not match the section that is open.");

    public SectionMismatch() {
        super(HttpdEvent.Kind.SECTION_MISMATCH);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
