package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** A configuration file holds binary data. */
public final class FileBinary extends EventRule {

    static final RuleInfo INFO = new RuleInfo("GE003", "file-binary", Severity.ERROR, "general",
            "A configuration file holds binary data.");

    public FileBinary() {
        super(HttpdEvent.Kind.FILE_BINARY);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
