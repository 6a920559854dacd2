package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A section tag lacks its closing '&gt;'. */
public final class SectionMissingBracket extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT006", "section-missing-bracket", Severity.ERROR, "httpd",
            "A section tag lacks its closing '>'.");

    public SectionMissingBracket() {
        super(HttpdEvent.Kind.SECTION_MISSING_BRACKET);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
