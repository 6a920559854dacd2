package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A conditional section has no argument, or one httpd cannot evaluate. */
public final class SectionArgumentInvalid extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT007", "section-argument-invalid", Severity.ERROR, "httpd",
            "A conditional section has no argument, or one httpd cannot evaluate.");

    public SectionArgumentInvalid() {
        super(HttpdEvent.Kind.SECTION_MISSING_ARGUMENT, HttpdEvent.Kind.CONDITION_INVALID);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
