package dev.headroom.rules.clamav;

import dev.headroom.model.Severity;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.db.DatabaseFile;
import dev.headroom.model.clamav.db.SignatureDatabase;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * clamd's signature database cannot be loaded: the directory is missing or empty, or a file in
 * it is truncated, corrupt or unreadable. libclamav refuses the whole directory for one bad file
 * ({@code cli_loaddbdir}), so clamd does not start, and a reload keeps the old engine.
 */
public final class DatabaseNotLoadable implements Rule<ClamavSetup> {

    static final RuleInfo INFO = new RuleInfo("CL008", "database-not-loadable", Severity.ERROR, "clamav",
            "clamd's signature database cannot be loaded (missing, empty, truncated or corrupt): clamd does not start.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ClamavSetup model, Reporter out) {
        for (ClamdInstance c : model.clamd()) {
            SignatureDatabase db = c.database();
            if (db == null || c.config().refused()) {
                continue;
            }
            String who = c.name() + ": ";
            if (db.problem() != null) {
                out.report(c.config().originOf("DatabaseDirectory"), who + db.problem() + "; clamd does not start");
            }
            for (DatabaseFile f : db.problems()) {
                out.report(c.config().originOf("DatabaseDirectory"), who + db.directory() + "/" + f.name() + ": "
                        + f.problem() + "; libclamav refuses the whole directory, so clamd does not start (and a "
                        + "reload keeps the old signatures)");
            }
        }
    }
}
