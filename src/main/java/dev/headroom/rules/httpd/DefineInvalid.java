package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** Define or UnDefine names a variable httpd refuses. */
public final class DefineInvalid extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT010", "define-invalid", Severity.ERROR, "httpd",
            "Define or UnDefine names a variable httpd refuses.");

    public DefineInvalid() {
        super(HttpdEvent.Kind.DEFINE_INVALID);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
