package dev.headroom.budget;

import dev.headroom.model.HostFacts;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.Mpm;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.MpmSettings;
import dev.headroom.model.httpd.Setting;

/**
 * httpd's memory from its MPM (DESIGN.md §3): at its peak every child the MPM can run is up —
 * parent + MaxRequestWorkers children for prefork, parent + min(ServerLimit,
 * ⌈MaxRequestWorkers ÷ ThreadsPerChild⌉) children for worker and event (the effective values,
 * after httpd's own adjustments). Steady is the measured total when there is one, else the
 * children httpd keeps when idle: StartServers, and enough for the minimum of spare threads
 * (or servers).
 */
public final class HttpdMemory {

    private HttpdMemory() {
    }

    /** The peak for these sizes: parent + the most children the MPM runs at once. */
    public static long peak(MpmSettings mpm, long parentBytes, long childBytes) {
        return parentBytes + (long) mpm.maxProcesses() * childBytes;
    }

    /** The children kept when idle. */
    static int idleProcesses(MpmSettings mpm) {
        int start = mpm.value(MpmDirective.START_SERVERS);
        int idle;
        if (mpm.mpm() == Mpm.PREFORK) {
            idle = Math.max(start, mpm.value(MpmDirective.MIN_SPARE_SERVERS));
        } else {
            int tpc = Math.max(1, mpm.value(MpmDirective.THREADS_PER_CHILD));
            idle = Math.max(start, (mpm.value(MpmDirective.MIN_SPARE_THREADS) + tpc - 1) / tpc);
        }
        return Math.max(1, Math.min(idle, mpm.maxProcesses()));
    }

    /** The parent's and a child's size: measured under the service's name (or httpd's), else estimated. */
    record Sizes(Sized parentSized, Sized childSized) {
        long parent() {
            return parentSized.bytes();
        }

        long child() {
            return childSized.bytes();
        }
    }

    static Sizes sizes(String name, Mpm mpm, HostFacts facts) {
        return new Sizes(Sized.of(facts, "httpd.parent", name + ".parent", "httpd.parent"),
                Sized.of(facts, mpm == Mpm.PREFORK ? "httpd.prefork.child" : "httpd.child", name + ".child",
                        "httpd.child"));
    }

    static ServiceMemory of(HttpdConfig c, HostFacts facts) {
        Setting mrw = c.mpm().settings().get(MpmDirective.MAX_REQUEST_WORKERS.directive);
        return of(c.name(), c.mpm(), facts, true, mrw == null ? null : mrw.origin());
    }

    /**
     * @param measuredTotal whether a measured total of the service is its steady size (not for a
     *                      what-if: it was measured under other settings)
     */
    static ServiceMemory of(String name, MpmSettings mpm, HostFacts facts, boolean measuredTotal,
            dev.headroom.source.Origin lever) {
        Sizes sizes = sizes(name, mpm.mpm(), facts);
        Sized child = sizes.childSized();
        Sized parent = sizes.parentSized();
        long peak = peak(mpm, parent.bytes(), child.bytes());
        Sized whole = !measuredTotal ? null : facts.measured(name) != null ? Sized.of(facts, "httpd.parent", name)
                : facts.measured("httpd") != null ? Sized.of(facts, "httpd.parent", "httpd") : null;
        int idle = idleProcesses(mpm);
        long steady = whole != null ? whole.bytes() : parent.bytes() + idle * child.bytes();
        String steadyBasis = whole != null ? "steady " + whole.basis()
                : "steady: parent + " + idle + (idle == 1 ? " idle child" : " idle children");
        String basis = mpm.mpm().label() + " MPM, peak: parent " + parent.basis() + " + " + mpm.maxProcesses()
                + (mpm.maxProcesses() == 1 ? " child" : " children") + " × " + child.basis() + " = "
                + dev.headroom.model.Sizes.human(peak) + "; " + steadyBasis;
        return new ServiceMemory(name, "httpd", steady, Math.max(peak, steady), Moment.WEB, basis,
                !child.measured() || !parent.measured() && whole == null, lever);
    }
}
