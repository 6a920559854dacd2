package dev.headroom.budget;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.ClamdMemory;
import dev.headroom.model.clamav.FreshclamInstance;

/**
 * clamd and freshclam (DESIGN.md §3): clamd's steady size is its engine and process (measured,
 * or estimated from the signature database), its peak the reload — a second engine with
 * {@code ConcurrentDatabaseReload yes}, none with {@code no}. freshclam with
 * {@code TestDatabases yes} loads the new database once in its own process first.
 */
final class ClamavMemory {

    private ClamavMemory() {
    }

    static List<ServiceMemory> of(ClamavSetup setup, HostFacts facts) {
        List<ServiceMemory> out = new ArrayList<>();
        List<ClamdInstance> clamds = setup.clamd().stream().filter(c -> !c.config().refused()).toList();
        for (ClamdInstance c : clamds) {
            ClamdMemory m = ClamdMemory.of(c, facts, clamds.size() == 1);
            boolean concurrent = c.concurrentReload();
            String basis = "steady " + Sizes.human(m.steadyBytes()) + " " + m.basis(facts.source()) + "; reload: "
                    + (concurrent ? "+ a second engine of " + Sizes.human(m.engineBytes())
                            + " (ConcurrentDatabaseReload yes)" : "in place (ConcurrentDatabaseReload no)");
            out.add(new ServiceMemory(c.name(), "clamd", m.steadyBytes(), m.reloadPeakBytes(concurrent),
                    Moment.UPDATE_RELOAD, basis, m.measuredAs() == null,
                    c.config().originOf("ConcurrentDatabaseReload")));
        }
        for (FreshclamInstance f : setup.freshclam()) {
            if (f.config().refused()) {
                continue;
            }
            String name = f.unit() != null ? f.unit().name() : "freshclam";
            // a daemon stays resident; one run from cron exists only while it updates
            Sized idle = f.unit() != null ? Sized.of(facts, "freshclam", Units.key(f.unit().name()), "freshclam") : null;
            long engine = engineFor(f, clamds, facts);
            long extra = f.testDatabases() ? engine : 0;
            long steady = idle == null ? 0 : idle.bytes();
            String basis = (idle == null ? "runs from cron: nothing between updates" : "steady " + idle.basis())
                    + (f.testDatabases() ? "; update: + " + Sizes.human(engine) + " to test-load the new database"
                            + " (TestDatabases yes)" : "; update: no test load (TestDatabases no)");
            out.add(new ServiceMemory(name, "freshclam", steady, steady + extra, Moment.UPDATE_TEST, basis,
                    idle == null || !idle.measured() || f.testDatabases(), f.config().originOf("TestDatabases")));
        }
        return out;
    }

    /** The engine freshclam test-loads: that of the clamd reading the same directory, else the official set's. */
    private static long engineFor(FreshclamInstance f, List<ClamdInstance> clamds, HostFacts facts) {
        for (ClamdInstance c : clamds) {
            if (c.databaseDirectory().equals(f.databaseDirectory())) {
                return ClamdMemory.of(c, facts, clamds.size() == 1).engineBytes();
            }
        }
        return dev.headroom.model.clamav.EngineModel.calibrated().official().engineBytes();
    }
}
