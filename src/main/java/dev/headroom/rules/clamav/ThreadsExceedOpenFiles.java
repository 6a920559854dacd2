package dev.headroom.rules.clamav;

import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamValue;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.ClamdQueue;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleInfo;

/**
 * Every scanning thread may hold one open file per nesting level of what it scans (an archive
 * in an archive ...), so MaxThreads x MaxRecursion + 6 must stay under the open-file limit the
 * unit gives clamd. Otherwise clamd warns "MaxThreads * MaxRecursion is too high" and, when
 * busy with nested mail attachments, scans fail with "Too many open files" (amavis then
 * defers or passes mail unscanned). Checked against clamd 1.4.6 (ClamdQueueDifferentialTest).
 */
public final class ThreadsExceedOpenFiles implements Rule<Workspace> {

    static final RuleInfo INFO = new RuleInfo("CL303", "threads-exceed-open-files", Severity.WARNING, "clamav",
            "MaxThreads x MaxRecursion does not fit under the unit's open-file limit: busy scans fail.");

    private static final int CLAMD_FILES = 6;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Workspace ws, Reporter out) {
        for (ClamdOpenFiles.Limited l : ClamdOpenFiles.of(ws)) {
            ClamdInstance c = l.clamd();
            long nofile = l.nofile();
            ClamdQueue q = l.queue();
            if (!q.fdShort()) {
                continue;
            }
            long threads = c.config().value("MaxThreads").map(ClamValue::number).orElse(10L);
            long maxrec = c.config().value("MaxRecursion").map(ClamValue::number).orElse(17L);
            // room for the threads' files, a queue of twice MaxThreads and clamd's own
            long need = threads * maxrec + threads + CLAMD_FILES;
            long fewer = Math.max(1, (nofile - CLAMD_FILES) / (maxrec + 1));
            out.report(c.config().originOf("MaxThreads"), c.name() + ": " + q.warnings().stream()
                    .filter(w -> w.startsWith("MaxThreads")).findFirst().orElse("")
                    + "; MaxThreads " + threads + " x MaxRecursion " + maxrec + " files do not fit under "
                    + ClamdOpenFiles.describe(c, ws) + ", so busy scans of nested attachments fail with \"Too many open "
                    + "files\". Give the unit LimitNOFILE=" + need + " or more in a drop-in, or lower MaxThreads to "
                    + fewer, java.util.List.of(new Remedy(Remedy.Kind.UNIT_SETTING, c.unit().name(), "LimitNOFILE",
                            String.valueOf(need), 0)));
        }
    }
}
