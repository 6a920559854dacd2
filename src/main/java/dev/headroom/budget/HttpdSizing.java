package dev.headroom.budget;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.HostFacts;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.Mpm;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.MpmSettings;
import dev.headroom.model.httpd.MpmWhatIf;

/**
 * Apache's sizing proposal: the largest MaxRequestWorkers (with a ServerLimit that allows it,
 * ThreadsPerChild kept) that keeps the worst scenario inside RAM less the reserve, for prefork,
 * worker and event alike. Right by construction: the proposed values go through httpd's own
 * start-up arithmetic ({@link MpmWhatIf}) and must come out unchanged and silent, and the budget
 * is recomputed with them; one more child would not fit.
 */
public final class HttpdSizing {

    /**
     * A proposal.
     *
     * @param service   the httpd service
     * @param edits     the directives to write, with their values
     * @param settings  what httpd would run with
     * @param peakBytes httpd's peak with them
     * @param roomBytes what the worst scenario leaves httpd (RAM less reserve less every other service)
     * @param before    the budget as it is
     * @param after     the budget recomputed with the proposal
     */
    public record Proposal(String service, Map<MpmDirective, Integer> edits, MpmSettings settings, long peakBytes,
            long roomBytes, Budget before, Budget after) {
    }

    private HttpdSizing() {
    }

    /**
     * The proposal for one httpd, or null when none helps: httpd already fits, or even one child
     * does not (the others must give way), or httpd's own arithmetic would not keep the values.
     */
    public static Proposal propose(Budget b, HttpdConfig c, HostFacts facts) {
        MpmSettings mpm = c.mpm();
        ServiceMemory now = b.service(c.name());
        if (mpm == null || now == null || b.scenario(Scenario.WORST).fits()) {
            return null;
        }
        ScenarioTotal worst = b.scenario(Scenario.WORST);
        long room = b.usable() - (worst.total() - worst.parts().getOrDefault(c.name(), 0L));
        HttpdMemory.Sizes sizes = HttpdMemory.sizes(c.name(), mpm.mpm(), facts);
        long fit = (room - sizes.parent()) / sizes.child();
        int processes = (int) Math.min(fit, mpm.maxProcesses() - 1L);
        if (processes < 1) {
            return null;
        }
        Map<MpmDirective, Integer> edits = edits(mpm, processes);
        MpmSettings s = MpmWhatIf.run(c, edits);
        if (s == null || !MpmWhatIf.quiet(s) || s.maxProcesses() != processes) {
            return null;
        }
        Budget after = with(b, c, s, facts);
        if (!after.scenario(Scenario.WORST).fits()) {
            return null;
        }
        return new Proposal(c.name(), edits, s, HttpdMemory.peak(s, sizes.parent(), sizes.child()), room, b, after);
    }

    /** MaxRequestWorkers for this many children, and ServerLimit when the current one would not allow it. */
    public static Map<MpmDirective, Integer> edits(MpmSettings mpm, int processes) {
        Map<MpmDirective, Integer> edits = new EnumMap<>(MpmDirective.class);
        int perChild = mpm.mpm() == Mpm.PREFORK ? 1 : Math.max(1, mpm.value(MpmDirective.THREADS_PER_CHILD));
        edits.put(MpmDirective.MAX_REQUEST_WORKERS, processes * perChild);
        if (mpm.value(MpmDirective.SERVER_LIMIT) < processes) {
            edits.put(MpmDirective.SERVER_LIMIT, processes);
        }
        return edits;
    }

    /** The budget recomputed with httpd running these settings (its measured total no longer applies). */
    public static Budget with(Budget b, HttpdConfig c, MpmSettings s, HostFacts facts) {
        List<ServiceMemory> services = new ArrayList<>();
        for (ServiceMemory m : b.services()) {
            services.add(m.name().equals(c.name()) ? HttpdMemory.of(c.name(), s, facts, false, m.lever()) : m);
        }
        return Budget.of(b.ram(), b.reserve(), b.swap(), b.swapCounted(), b.ramSource(), services, b.notes());
    }
}
