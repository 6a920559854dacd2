package dev.headroom.rules.clamav;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;

/** A rule that reports what ClamAV says while reading a configuration file, in its own words. */
abstract class ClamProblemRule implements Rule<ClamavSetup> {

    private final Set<ClamProblem.Kind> kinds;

    ClamProblemRule(ClamProblem.Kind first, ClamProblem.Kind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    @Override
    public void check(ClamavSetup model, Reporter out) {
        for (ClamdInstance c : model.clamd()) {
            report(c.path(), c.config(), out);
        }
        for (FreshclamInstance f : model.freshclam()) {
            report(f.path(), f.config(), out);
        }
    }

    private void report(String path, ClamConfig config, Reporter out) {
        // What ClamAV prints, then what only the syntax notices (it prints nothing for those).
        List<ClamProblem> all = new ArrayList<>(config.problems());
        for (ClamProblem p : config.syntax().problems()) {
            if (p.severity() == ClamProblem.Severity.NOTE) {
                all.add(p);
            }
        }
        for (ClamProblem p : all) {
            if (kinds.contains(p.kind())) {
                out.report(config.origin(p), message(p, path, config));
            }
        }
    }

    /** ClamAV's message, naming the file as the daemon does (its path on the server). */
    String message(ClamProblem p, String path, ClamConfig config) {
        String m = p.message(path);
        return p.severity() == ClamProblem.Severity.ERROR
                ? m + "; " + config.tool().id() + " refuses the file and does not start"
                : m;
    }
}
