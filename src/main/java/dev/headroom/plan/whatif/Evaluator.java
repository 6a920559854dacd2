package dev.headroom.plan.whatif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.headroom.budget.BudgetBuilder;
import dev.headroom.model.Finding;
import dev.headroom.model.HostFacts;
import dev.headroom.model.LiveHost;
import dev.headroom.model.Remedy;
import dev.headroom.model.Severity;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.plan.EditedTree;
import dev.headroom.plan.Edits;
import dev.headroom.plan.FileEdit;
import dev.headroom.rules.RuleSettings;
import dev.headroom.source.RootedFs;

/**
 * What-ifs turned into the files a plan would write, and the server read again from the tree
 * with those files ({@link RootedFs#with}): the model of a what-if is the model of exactly the
 * text {@code diff} shows, through the same readers, rules and budget as {@code lint} and
 * {@code budget}. Host facts are changed in the facts; a whole-httpd size measured under the
 * old MPM settings no longer applies and is dropped (its per-child size still does).
 */
final class Evaluator {

    /** Named in a drop-in tune writes. */
    static final String WRITER = "tune";

    private Evaluator() {
    }

    static Evaluation evaluate(RootedFs fs, Workspace base, Targets targets, List<Step> steps, RuleSettings rules)
            throws IOException {
        List<Edits.Tagged> remedies = new ArrayList<>();
        HostFacts f = base.facts() == null ? HostFacts.UNKNOWN : base.facts();
        Map<String, Long> measured = f.measured();
        Long ram = f.ram();
        Long swap = f.swap();
        Integer cpus = f.cpus();
        String source = f.source();
        dev.headroom.model.Reserve reserve = f.reserve();
        for (Step s : steps) {
            Target t = targets.find(s.target());
            if (t.kind() == Target.Kind.HTTPD && Settings.own(t, s.setting())) {
                remedies.add(new Edits.Tagged(t.httpd().remedy(MpmDirective.byName(s.setting()), s.value()), null));
                measured = EditedTree.withoutWholeHttpd(measured, List.of(t.name()));
            } else if ((t.kind() == Target.Kind.CLAMD || t.kind() == Target.Kind.FRESHCLAM) && Settings.own(t, s.setting())) {
                remedies.add(new Edits.Tagged(t.clam().remedy(s.setting(), s.value()), null));
            } else if ((t.kind() == Target.Kind.PHPFPM_POOL || t.kind() == Target.Kind.MYSQL) && Settings.own(t, s.setting())) {
                remedies.add(new Edits.Tagged(IniSettings.remedy(t, s.setting(), s.value()), null));
            } else if (s.setting().equals(Settings.MASKED)) {
                remedies.add(new Edits.Tagged(new Remedy(Remedy.Kind.UNIT_MASK, t.unit().name(), "", "", 0), null));
            } else if (t.kind() != Target.Kind.HOST) {
                remedies.add(new Edits.Tagged(new Remedy(Remedy.Kind.UNIT_SETTING, t.unit().name(), s.setting(),
                        s.value(), 0), null));
            }
        }
        measured = new LinkedHashMap<>(measured);
        for (Step s : steps) {
            if (!s.target().equals(Targets.HOST)) {
                continue;
            }
            switch (s.setting()) {
                case "ram" -> {
                    ram = Sizes.parse(s.value());
                    source = s.command();
                }
                case "swap" -> swap = Sizes.parse(s.value());
                case "cpus" -> cpus = Integer.valueOf(s.value());
                case "reserve" -> reserve = dev.headroom.model.Reserve.parse(s.value());
                default -> measured.put(s.setting(), Sizes.parse(s.value()));
            }
        }
        List<FileEdit> edits = Edits.of(fs, remedies, WRITER);
        EditedTree.Read read = EditedTree.of(fs, base, edits);
        Workspace ws = read.workspace();
        // a probe's processes still count; its RAM and where it came from do not when the RAM is set
        LiveHost live = f.live() == null || java.util.Objects.equals(source, f.source()) ? f.live()
                : new LiveHost(null, null, f.live().processes());
        HostFacts facts = new HostFacts(ram, swap, cpus, measured, source, live, f.openbsd(), reserve);
        ws = ws.withFacts(facts);
        List<Finding> findings = rules.check(ws);
        return new Evaluation(steps, edits, read.fs(), ws, findings, BudgetBuilder.of(ws, null, null));
    }

    /**
     * The edits with, for each, the rules whose findings (warning or worse) the what-ifs made go
     * away and that were about that file or its unit: what {@code save} writes as {@code fixes}.
     */
    static List<FileEdit> withFixes(Evaluation base, Evaluation now) {
        Set<String> still = new LinkedHashSet<>();
        now.findings().forEach(x -> still.add(x.rule()));
        List<FileEdit> out = new ArrayList<>();
        for (FileEdit e : now.edits()) {
            Set<String> fixes = new LinkedHashSet<>();
            for (Finding x : base.findings()) {
                if (x.severity() != Severity.INFO && !still.contains(x.rule()) && about(x, e)) {
                    fixes.add(x.rule());
                }
            }
            out.add(new FileEdit(e.file(), e.create(), e.before(), e.after(), new ArrayList<>(fixes), e.changes()));
        }
        return out;
    }

    /** Whether a finding is about the file an edit writes: it points there, or its remedy would edit it. */
    private static boolean about(Finding x, FileEdit e) {
        if (x.origin() != null && e.file().equals(x.origin().file())) {
            return true;
        }
        for (Remedy r : x.remedies()) {
            if (r.target().equals(e.file()) || e.file().startsWith("etc/systemd/system/" + r.target())) {
                return true;
            }
        }
        return false;
    }
}
