package dev.headroom.rules.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.budget.Moment;
import dev.headroom.budget.Scenario;
import dev.headroom.budget.ScenarioTotal;
import dev.headroom.budget.ServiceMemory;
import dev.headroom.model.Severity;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;
import dev.headroom.source.Origin;

/**
 * A scenario of the memory budget does not fit in RAM less the reserve (DESIGN.md §3): the
 * seed's server, at 96 % before clamd reloaded. Only the first scenarios that fail are named:
 * if steady does not fit, everything else fails with it; then the web peak; "worst" only when
 * the web peak and the signature update fit alone. A signature update that does not fit is
 * CL302's finding, with its own fixes (the two conditions are the same). Reported at the setting that decides the
 * largest peak among the services of that scenario, so that the fix goes there.
 */
public final class ScenarioDoesNotFit implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("MB301", "scenario-does-not-fit", Severity.WARNING, "budget",
            "A scenario of the memory budget (steady, web peak, signature update, worst) needs more than RAM less the reserve.");

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
        for (ScenarioTotal t : failing(b)) {
            ServiceMemory lever = lever(b, t.scenario());
            Origin at = lever != null && lever.lever() != null ? lever.lever()
                    : ws.facts() != null && ws.facts().source() != null ? Origin.file(ws.facts().source()) : null;
            if (at == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            t.parts().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> parts.add(e.getKey() + " " + Sizes.human(e.getValue())));
            out.report(at, "the " + t.scenario().label() + " scenario needs " + Sizes.human(t.total()) + ", "
                    + Sizes.human(t.total() - b.usable()) + " more than the " + Sizes.human(b.usable())
                    + " there is (" + Sizes.human(b.ram()) + " of RAM less " + Sizes.human(b.reserve())
                    + " reserve): " + String.join(" + ", parts)
                    + (lever != null ? "; " + lever.name() + " is the one to change" : "")
                    + " (headroom budget shows it all)");
        }
    }

    /** The scenarios to name: steady alone if it fails, else the web peak, else worst (see the class comment). */
    static List<ScenarioTotal> failing(Budget b) {
        for (Scenario s : List.of(Scenario.STEADY, Scenario.WEB_PEAK)) {
            if (!b.scenario(s).fits()) {
                return List.of(b.scenario(s));
            }
        }
        if (b.scenario(Scenario.SIGNATURE_UPDATE).fits() && !b.scenario(Scenario.WORST).fits()) {
            return List.of(b.scenario(Scenario.WORST));
        }
        return List.of();
    }

    /** The service whose setting matters most in a scenario: the largest peak that counts there, else the largest. */
    static ServiceMemory lever(Budget b, Scenario s) {
        Comparator<ServiceMemory> bySize = Comparator.comparingLong(m -> s == Scenario.STEADY ? m.steady() : m.extra());
        return b.services().stream()
                .filter(m -> m.lever() != null)
                .filter(m -> s == Scenario.STEADY || s.web() && m.moment() == Moment.WEB
                        || s.update() && m.moment().update())
                .max(bySize)
                .orElse(b.services().stream().filter(m -> m.lever() != null)
                        .max(Comparator.comparingLong(ServiceMemory::steady)).orElse(null));
    }
}
