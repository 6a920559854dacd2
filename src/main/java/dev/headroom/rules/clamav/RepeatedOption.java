package dev.headroom.rules.clamav;

import dev.headroom.model.Severity;
import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamValue;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * A single-valued option written again: ClamAV keeps the first and ignores the later ones without
 * a word ({@code optaddarg()}: {@code if (pt->active) return 0}), the opposite of httpd and
 * systemd, where the last wins.
 */
public final class RepeatedOption implements Rule<ClamavSetup> {

    static final RuleInfo INFO = new RuleInfo("CL101", "repeated-option", Severity.WARNING, "clamav",
            "A single-valued option written twice: ClamAV keeps the first and silently ignores the later ones.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ClamavSetup model, Reporter out) {
        for (ClamdInstance c : model.clamd()) {
            check(c.config(), out);
        }
        for (FreshclamInstance f : model.freshclam()) {
            check(f.config(), out);
        }
    }

    private static void check(ClamConfig config, Reporter out) {
        for (ClamValue v : config.values()) {
            for (ClamValue.Ignored i : v.ignored()) {
                ClamValue.Setting first = v.settings().isEmpty() ? null : v.settings().get(0);
                out.report(i.origin(), v.option().displayName() + " " + i.argument() + " is ignored: "
                        + config.tool().id() + " keeps the first " + v.option().displayName()
                        + (first == null ? "" : " (" + first.argument() + ")") + ", at " + i.effective()
                        + " (in ClamAV's files the first occurrence wins)");
            }
        }
    }
}
