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
 * With event and worker, children of the old generation keep their scoreboard slots while
 * they finish their connections after a graceful restart (mpm_common ServerLimit docs). When
 * ServerLimit is no larger than the processes MaxRequestWorkers needs, the new generation
 * cannot start all its children: httpd logs AH03490 "scoreboard is full, not at
 * MaxRequestWorkers" and serves with fewer workers until the old ones exit.
 */
public final class NoGracefulRestartRoom implements Rule<HttpdConfig> {

    static final RuleInfo INFO = new RuleInfo("HT321", "no-graceful-restart-room", Severity.WARNING,
            "httpd", "ServerLimit leaves no scoreboard slots for old children during a graceful restart.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(HttpdConfig model, Reporter out) {
        MpmSettings mpm = model.mpm();
        if (mpm == null || !mpm.mpm().threaded()) {
            return;
        }
        int serverLimit = mpm.value(MpmDirective.SERVER_LIMIT);
        if (serverLimit > mpm.maxProcesses()) {
            return;
        }
        Setting sl = mpm.settings().get(MpmDirective.SERVER_LIMIT.directive);
        Setting mrw = mpm.settings().get(MpmDirective.MAX_REQUEST_WORKERS.directive);
        Setting tpc = mpm.settings().get(MpmDirective.THREADS_PER_CHILD.directive);
        if (sl.origin() == null && mrw.origin() == null && tpc.origin() == null) {
            // httpd's bare compiled-in defaults: nobody chose them, and nobody should be told
            // about them twice; the budget speaks of the memory they allow.
            return;
        }
        out.report(sl.origin() != null ? sl.origin() : mrw.origin() != null ? mrw.origin()
                : model.mpmOrigin(), "ServerLimit " + serverLimit + " equals the "
                + mpm.maxProcesses() + " processes MaxRequestWorkers " + mpm.workers()
                + " needs: during a graceful restart old children still hold their slots and new ones "
                + "cannot start (AH03490 scoreboard is full); raise ServerLimit to "
                + (mpm.maxProcesses() + Math.max(1, mpm.maxProcesses() / 2)) + " or more");
    }
}
