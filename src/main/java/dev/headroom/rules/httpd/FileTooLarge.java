package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A configuration file is larger than headroom reads. */
public final class FileTooLarge extends EventRule {

    static final RuleInfo INFO = new RuleInfo("GE002", "file-too-large", Severity.ERROR, "general",
            "A configuration file is larger than headroom reads.");

    public FileTooLarge() {
        super(HttpdEvent.Kind.FILE_TOO_LARGE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
