package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.rules.RuleInfo;

/** The same module is loaded twice; the second LoadModule is skipped. */
public final class ModuleAlreadyLoaded extends EventRule {

    static final RuleInfo INFO = new RuleInfo("HT103", "module-already-loaded", Severity.WARNING, "httpd",
            "The same module is loaded twice; the second LoadModule is skipped.");

    public ModuleAlreadyLoaded() {
        super(HttpdEvent.Kind.MODULE_ALREADY_LOADED);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
