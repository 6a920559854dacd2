package dev.headroom.rules.budget;

import java.util.stream.Collectors;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.budget.HttpdSizing;
import dev.headroom.budget.Scenario;
import dev.headroom.budget.ServiceMemory;
import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.Setting;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;
import dev.headroom.source.Origin;

/**
 * Apache's sizing proposal (the seed's own fix, shared/seeds/000: fewer workers than the
 * defaults allowed): when the worst scenario does not fit, the largest MaxRequestWorkers (and a
 * ServerLimit that allows it) with which it does, for prefork, worker and event alike. Values
 * httpd keeps as written (no AH warning at start), checked by recomputing the budget.
 */
public final class HttpdWorkersExceedBudget implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("MB304", "httpd-workers-exceed-budget", Severity.WARNING, "budget",
            "httpd may run more children than the memory budget holds at its worst: the largest MaxRequestWorkers that fits is proposed.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        Budget b = BudgetBuilder.of(ws, null, null);
        if (b == null || b.fits()) {
            return;
        }
        for (HttpdConfig c : ws.httpd()) {
            HttpdSizing.Proposal p = HttpdSizing.propose(b, c, ws.facts());
            if (p == null) {
                continue;
            }
            ServiceMemory now = b.service(c.name());
            Setting mrw = c.mpm().settings().get(MpmDirective.MAX_REQUEST_WORKERS.directive);
            Origin at = mrw != null && mrw.origin() != null ? mrw.origin() : c.mpmOrigin();
            if (at == null) {
                continue;
            }
            String edits = p.edits().entrySet().stream().map(e -> e.getKey().directive + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            int perChild = Math.max(1, p.settings().workers() / Math.max(1, p.settings().maxProcesses()));
            out.report(at, c.name() + ": MaxRequestWorkers " + c.mpm().value(MpmDirective.MAX_REQUEST_WORKERS)
                    + " lets httpd run " + c.mpm().maxProcesses() + " children, " + Sizes.human(now.peak())
                    + " at its peak, and the worst scenario leaves it "
                    + Sizes.human(p.roomBytes()) + ". Set " + edits + ": at most " + p.settings().maxProcesses()
                    + (p.settings().maxProcesses() == 1 ? " child" : " children")
                    + (perChild > 1 ? " of " + perChild + " threads" : "") + ", " + Sizes.human(p.peakBytes())
                    + " at its peak, and every scenario" + (p.after().fits() ? "" : " but steady") + " fits"
                    + worstLeft(p), remedies(c, p));
        }
    }

    /** The proposal's directives, each where it is written now (or beside MaxRequestWorkers). */
    private static java.util.List<Remedy> remedies(HttpdConfig c, HttpdSizing.Proposal p) {
        java.util.List<Remedy> out = new java.util.ArrayList<>();
        p.edits().forEach((d, v) -> out.add(c.remedy(d, String.valueOf(v))));
        return out;
    }

    private static String worstLeft(HttpdSizing.Proposal p) {
        long left = p.after().usable() - p.after().scenario(Scenario.WORST).total();
        return " (" + Sizes.human(left) + " to spare at the worst; one child more would not fit)";
    }
}
