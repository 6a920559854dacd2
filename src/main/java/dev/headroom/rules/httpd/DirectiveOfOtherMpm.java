package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** An MPM directive of an MPM that is not loaded is live; httpd rejects it as an invalid command. */
public final class DirectiveOfOtherMpm extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT014", "directive-of-other-mpm", Severity.ERROR, "httpd",
            "An MPM directive of an MPM that is not loaded is live; httpd rejects it as an invalid command.");

    public DirectiveOfOtherMpm() {
        super(HttpdEvent.Kind.OTHER_MPM_DIRECTIVE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
