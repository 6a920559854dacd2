package dev.headroom.rules.clamav;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Severity;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.ClamdMemory;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * The seed's second failure (shared/seeds/000): clamd could not reload its signatures on a box
 * already at 96 % memory. With {@code ConcurrentDatabaseReload yes}, the default since 0.103,
 * clamd builds the new engine beside the old one, so its peak is steady + E (measured 1.9-2.0 x
 * steady, docs/calibration.md); freshclam's {@code TestDatabases yes} loads E once more in its
 * own process before clamd is told to reload. Either extra must fit in what is left of RAM once
 * the reserve, every clamd and the other services measured in the facts are counted.
 *
 * <p>Until the memory budget counts every service from its configuration, the other services
 * are those the facts measure as a whole ({@code amavis = 150M}); per-child figures
 * ({@code httpd.child}) are not counted here.
 */
public final class ReloadPeakDoesNotFit implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("CL302", "reload-peak-does-not-fit", Severity.WARNING, "clamav",
            "A signature reload (or freshclam's test load) needs a second engine's memory, and the machine does not have it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        HostFacts facts = ws.facts();
        if (ws.clamav() == null || ws.clamav().clamd().isEmpty() || facts == null || facts.usable() == null) {
            return;
        }
        List<ClamdInstance> clamds = new ArrayList<>();
        for (ClamdInstance c : ws.clamav().clamd()) {
            if (!c.config().refused()) {
                clamds.add(c);
            }
        }
        List<ClamdMemory> memory = new ArrayList<>();
        List<String> used = new ArrayList<>();
        long taken = 0;
        for (ClamdInstance c : clamds) {
            ClamdMemory m = ClamdMemory.of(c, facts, clamds.size() == 1);
            memory.add(m);
            taken += m.steadyBytes();
            used.add(c.name() + " " + Sizes.human(m.steadyBytes()));
            if (m.measuredAs() != null) {
                used.set(used.size() - 1, c.name() + " " + Sizes.human(m.steadyBytes()) + " (measured)");
            }
        }
        for (Map.Entry<String, Long> e : facts.measured().entrySet()) {
            String k = e.getKey();
            if (k.contains(".") || k.equals("clamd") || k.startsWith("clamd@") || k.startsWith("freshclam")) {
                continue;
            }
            taken += e.getValue();
            used.add(k + " " + Sizes.human(e.getValue()));
        }
        long usable = facts.usable();
        long left = usable - taken;
        String room = Sizes.human(facts.ram()) + " of RAM less the " + Sizes.human(facts.reserve()) + " reserve leaves "
                + Sizes.human(usable) + ", and " + String.join(" + ", used) + " already take "
                + Sizes.human(taken) + (left >= 0 ? ", so " + Sizes.human(left) + " is left"
                        : ", " + Sizes.human(-left) + " more than there is");
        for (int i = 0; i < clamds.size(); i++) {
            ClamdInstance c = clamds.get(i);
            ClamdMemory m = memory.get(i);
            String checks = checks(ws, c);
            if (c.concurrentReload() && m.engineBytes() > left) {
                out.report(c.config().originOf("ConcurrentDatabaseReload"), c.name() + ": each signature reload"
                        + checks + " needs " + Sizes.human(m.engineBytes()) + " more for a second engine (peak "
                        + Sizes.human(m.reloadPeakBytes(true)) + ", " + m.basis(facts.source()) + "), but " + room
                        + ". Set ConcurrentDatabaseReload no: the peak stays at " + Sizes.human(m.steadyBytes())
                        + ", and scans wait about " + StartTimeoutBelowLoadTime.seconds(m.estimate().loadCpuSeconds())
                        + " (longer on a slow host) while the signatures load; or update less often, at a quiet hour");
            }
            for (FreshclamInstance f : ws.clamav().freshclam()) {
                if (f.testDatabases() && f.databaseDirectory().equals(c.databaseDirectory())
                        && m.engineBytes() > left) {
                    out.report(f.config().originOf("TestDatabases"), "freshclam test-loads every new database"
                            + " into its own memory before clamd reloads: " + Sizes.human(m.engineBytes())
                            + " for " + Signatures.describe(c, m.estimate()) + ", but " + room
                            + ". Set TestDatabases no: freshclam then no longer proves a download by loading it,"
                            + " and clamd's reload is the first load");
                    break;
                }
            }
        }
    }

    /** ", up to 12 times a day (freshclam Checks 12)" when a freshclam daemon updates this clamd's directory. */
    private static String checks(Workspace ws, ClamdInstance c) {
        for (FreshclamInstance f : ws.clamav().freshclam()) {
            if (f.unit() != null && f.databaseDirectory().equals(c.databaseDirectory())) {
                return ", up to " + f.checksPerDay() + " times a day (freshclam Checks " + f.checksPerDay() + ")";
            }
        }
        return "";
    }
}
