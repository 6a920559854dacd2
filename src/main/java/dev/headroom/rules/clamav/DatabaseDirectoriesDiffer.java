package dev.headroom.rules.clamav;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.model.Severity;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * clamd loads from one directory and freshclam updates another: clamd never sees an update and
 * scans with the signatures it started with. clamconf warns "freshclam.conf and clamd.conf point
 * to different database directories" (clamconf.c); the option's own help says to point both at
 * the same directory.
 */
public final class DatabaseDirectoriesDiffer implements Rule<ClamavSetup> {

    static final RuleInfo INFO = new RuleInfo("CL102", "database-directories-differ", Severity.WARNING, "clamav",
            "clamd and freshclam use different DatabaseDirectory values: clamd never loads the updates.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ClamavSetup model, Reporter out) {
        List<String> updated = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (FreshclamInstance f : model.freshclam()) {
            if (!f.config().refused()) {
                updated.add(f.databaseDirectory());
                files.add(f.config().file());
            }
        }
        if (updated.isEmpty()) {
            return;
        }
        for (ClamdInstance c : model.clamd()) {
            if (c.config().refused() || updated.contains(c.databaseDirectory())) {
                continue;
            }
            out.report(c.config().originOf("DatabaseDirectory"), "freshclam.conf and clamd.conf point to different "
                    + "database directories: " + c.name() + " loads " + c.databaseDirectory() + ", but freshclam ("
                    + String.join(", ", files) + ") updates " + String.join(", ", updated)
                    + "; clamd never sees an update. Set the same DatabaseDirectory in both");
        }
    }
}
