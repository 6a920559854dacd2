package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** ServerRoot names a directory that does not exist. */
public final class ServerRootInvalid extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT016", "server-root-invalid", Severity.ERROR, "httpd",
            "ServerRoot names a directory that does not exist.");

    public ServerRootInvalid() {
        super(HttpdEvent.Kind.SERVER_ROOT_INVALID);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
