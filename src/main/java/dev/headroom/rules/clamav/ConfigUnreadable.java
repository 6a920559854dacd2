package dev.headroom.rules.clamav;

import dev.headroom.model.Severity;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/** The configuration file a clamd or freshclam unit names cannot be read: the daemon does not start. */
public final class ConfigUnreadable implements Rule<ClamavSetup> {

    static final RuleInfo INFO = new RuleInfo("CL007", "config-unreadable", Severity.ERROR, "clamav",
            "The configuration file a ClamAV daemon reads is missing or unreadable: it does not start.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ClamavSetup model, Reporter out) {
        for (ClamavSetup.Unreadable u : model.unreadable()) {
            out.report(u.at(), "Can't open/parse the config file " + u.display() + " ("
                    + u.reason() + ")" + (u.unit() == null ? "" : ": " + u.unit() + " does not start"));
        }
    }
}
