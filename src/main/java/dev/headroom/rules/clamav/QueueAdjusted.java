package dev.headroom.rules.clamav;

import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.ClamdQueue;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * clamd moves MaxQueue at start-up (below MaxThreads, above what the open-file limit allows,
 * or below twice MaxThreads) and logs a warning: the file does not say what clamd runs with.
 * Checked against clamd 1.4.6 (ClamdQueueDifferentialTest); the open-file side is CL303's.
 */
public final class QueueAdjusted implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("CL103", "queue-adjusted", Severity.WARNING, "clamav",
            "clamd changes MaxQueue at start-up: the file does not say what it runs with.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        for (ClamdOpenFiles.Limited l : ClamdOpenFiles.of(ws)) {
            ClamdInstance c = l.clamd();
            ClamdQueue q = l.queue();
            for (String w : q.warnings()) {
                if (w.startsWith("MaxQueue")) {
                    out.report(c.config().originOf("MaxQueue"), c.name() + ": " + w + " (clamd runs with MaxQueue "
                            + q.maxQueue() + "); set MaxQueue " + q.maxQueue() + " to say so",
                            java.util.List.of(c.config().remedy("MaxQueue", String.valueOf(q.maxQueue()))));
                }
            }
        }
    }
}
