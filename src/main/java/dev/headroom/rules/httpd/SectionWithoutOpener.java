package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A closing tag closes nothing. */
public final class SectionWithoutOpener extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT005", "section-without-opener", Severity.ERROR, "httpd",
            "A closing tag closes nothing.");

    public SectionWithoutOpener() {
        super(HttpdEvent.Kind.SECTION_WITHOUT_OPENER);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
