package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A configuration file cannot be read. */
public final class FileUnreadable extends EventRule {

    public static final RuleInfo INFO = new RuleInfo("GE001", "file-unreadable", Severity.ERROR, "general",
            "A configuration file cannot be read.");

    public FileUnreadable() {
        super(HttpdEvent.Kind.FILE_UNREADABLE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
