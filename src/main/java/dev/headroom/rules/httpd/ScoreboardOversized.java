package dev.headroom.rules.httpd;

import dev.headroom.model.Severity;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.MpmSettings;
import dev.headroom.model.httpd.Setting;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * ServerLimit and ThreadLimit size the shared-memory scoreboard, allocated whole at start-up
 * whatever is used (mpm_common docs: "If ServerLimit is set to a value much higher than
 * necessary, extra, unused shared memory will be allocated").
 */
public final class ScoreboardOversized implements Rule<HttpdConfig> {

    static final RuleInfo INFO = new RuleInfo("HT322", "scoreboard-oversized", Severity.INFO, "httpd",
            "ServerLimit or ThreadLimit is far above what MaxRequestWorkers and ThreadsPerChild use.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(HttpdConfig model, Reporter out) {
        MpmSettings mpm = model.mpm();
        if (mpm == null) {
            return;
        }
        Setting sl = mpm.settings().get(MpmDirective.SERVER_LIMIT.directive);
        int serverLimit = sl.value().intValue();
        // Graceful restarts want some room above the processes needed (HT321); 4x is waste.
        if (sl.origin() != null && serverLimit > mpm.mpm().defaultServerLimit
                && serverLimit > 4 * mpm.maxProcesses()) {
            out.report(sl.origin(), "ServerLimit " + serverLimit + " reserves scoreboard slots for "
                    + serverLimit + " processes but MaxRequestWorkers needs only " + mpm.maxProcesses()
                    + "; the unused shared memory is allocated anyway");
        }
        if (mpm.mpm().threaded()) {
            Setting tl = mpm.settings().get(MpmDirective.THREAD_LIMIT.directive);
            int threadLimit = tl.value().intValue();
            int tpc = mpm.value(MpmDirective.THREADS_PER_CHILD);
            if (tl.origin() != null && threadLimit > mpm.mpm().defaultThreadLimit
                    && threadLimit > 2 * tpc) {
                out.report(tl.origin(), "ThreadLimit " + threadLimit + " reserves scoreboard slots for "
                        + threadLimit + " threads per child but ThreadsPerChild is " + tpc
                        + "; the unused shared memory is allocated anyway");
            }
        }
    }
}
