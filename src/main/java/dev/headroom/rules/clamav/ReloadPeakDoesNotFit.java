package dev.headroom.rules.clamav;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.budget.Scenario;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.budget.ServiceMemory;
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
 * own process before clamd is told to reload. Either extra must fit in what the memory budget's
 * steady scenario leaves of RAM less the reserve.
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
        if (ws.clamav() == null || ws.clamav().clamd().isEmpty()) {
            return;
        }
        Budget b = BudgetBuilder.of(ws, null, null);
        if (b == null) {
            return;
        }
        ScenarioTotal steady = b.scenario(Scenario.STEADY);
        long left = b.usable() - steady.total();
        List<String> used = new ArrayList<>();
        steady.parts().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> used.add(e.getKey() + " " + Sizes.human(e.getValue())));
        String room = Sizes.human(b.ram()) + " of RAM less the " + Sizes.human(b.reserve()) + " reserve leaves "
                + Sizes.human(b.usable()) + ", and " + String.join(" + ", used) + " already take "
                + Sizes.human(steady.total()) + (left >= 0 ? ", so " + Sizes.human(left) + " is left"
                        : ", " + Sizes.human(-left) + " more than there is");
        List<ClamdInstance> clamds = ws.clamav().clamd().stream().filter(c -> !c.config().refused()).toList();
        for (ClamdInstance c : clamds) {
            ServiceMemory m = b.service(c.name());
            if (m == null || m.extra() <= left) {
                continue;
            }
            ClamdMemory mem = ClamdMemory.of(c, ws.facts(), clamds.size() == 1);
            out.report(c.config().originOf("ConcurrentDatabaseReload"), c.name() + ": each signature reload"
                    + checks(ws, c) + " needs " + Sizes.human(m.extra()) + " more for a second engine (peak "
                    + Sizes.human(m.peak()) + ", " + mem.basis(ws.facts().source()) + "), but " + room
                    + ". Set ConcurrentDatabaseReload no: the peak stays at " + Sizes.human(m.steady())
                    + ", and scans wait about " + StartTimeoutBelowLoadTime.seconds(mem.estimate().loadCpuSeconds())
                    + " (longer on a slow host) while the signatures load; or update less often, at a quiet hour",
                    List.of(c.config().remedy("ConcurrentDatabaseReload", "no")));
        }
        for (FreshclamInstance f : ws.clamav().freshclam()) {
            ServiceMemory m = b.service(f.unit() != null ? f.unit().name() : "freshclam");
            if (m == null || !f.testDatabases() || m.extra() <= left) {
                continue;
            }
            String what = f.databaseDirectory();
            for (ClamdInstance c : clamds) {
                if (c.databaseDirectory().equals(f.databaseDirectory())) {
                    what = Signatures.describe(c, c.estimate());
                    break;
                }
            }
            out.report(f.config().originOf("TestDatabases"), "freshclam test-loads every new database into its own"
                    + " memory before clamd reloads: " + Sizes.human(m.extra()) + " for " + what + ", but " + room
                    + ". Set TestDatabases no: freshclam then no longer proves a download by loading it, and clamd's"
                    + " reload is the first load",
                    List.of(f.config().remedy("TestDatabases", "no")));
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
