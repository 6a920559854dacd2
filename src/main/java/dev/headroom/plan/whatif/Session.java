package dev.headroom.plan.whatif;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import dev.headroom.model.Finding;
import dev.headroom.model.Workspace;
import dev.headroom.plan.FileEdit;
import dev.headroom.plan.Plan;
import dev.headroom.plan.Planner;
import dev.headroom.rules.RuleSettings;
import dev.headroom.source.RootedFs;

/**
 * A {@code headroom tune} session: the server read once, and the what-ifs made since, each
 * answered by reading the server again as it would be with them. Nothing is written; undo
 * steps back through every change of the list, {@code unset} and {@code undo} included.
 */
public final class Session {

    /** What a change did: the evaluation before and after it, or why it was not made. */
    public record Outcome(String error, Evaluation before, Evaluation after, Step step) {

        static Outcome refused(String why) {
            return new Outcome(why, null, null, null);
        }

        public boolean ok() {
            return error == null;
        }
    }

    private final RootedFs fs;
    private final Workspace base;
    private final Targets targets;
    private final RuleSettings rules;
    private final Evaluation baseline;
    private final Deque<Evaluation> undo = new ArrayDeque<>();
    private Evaluation now;

    private Session(RootedFs fs, Workspace base, RuleSettings rules, Evaluation baseline) {
        this.fs = fs;
        this.base = base;
        this.rules = rules;
        this.targets = Targets.of(base);
        this.baseline = baseline;
        this.now = baseline;
    }

    /** @param base the server read from {@code fs}, with its host facts */
    public static Session open(RootedFs fs, Workspace base) throws IOException {
        return open(fs, base, RuleSettings.ALL);
    }

    /** @param rules the rules every answer is checked with (the run's [rules]) */
    public static Session open(RootedFs fs, Workspace base, RuleSettings rules) throws IOException {
        return new Session(fs, base, rules, Evaluator.evaluate(fs, base, Targets.of(base), List.of(), rules));
    }

    public Targets targets() {
        return targets;
    }

    /** The server as read, with no what-if. */
    public Evaluation baseline() {
        return baseline;
    }

    /** The server with the what-ifs so far. */
    public Evaluation now() {
        return now;
    }

    /** Sets a setting (replacing an earlier what-if of the same setting). */
    public Outcome set(String target, String setting, String value) {
        Target t = targets.find(target);
        if (t == null) {
            return Outcome.refused("no service '" + target + "' here; there is " + names());
        }
        String s = Settings.canonical(t, setting, sizeNames());
        if (s == null) {
            return Outcome.refused(t.name() + " has no setting '" + setting + "'" + hint(t));
        }
        String why = Settings.refuse(t, s, value);
        if (why != null) {
            return Outcome.refused(why);
        }
        if (t.kind() == Target.Kind.MYSQL && Settings.own(t, s) && IniSettings.remedy(t, s, value) == null) {
            return Outcome.refused("no option file has a server group ([mysqld], [mariadb], [server]) to add " + s + " to");
        }
        Step step = new Step(t.name(), s, value);
        List<Step> steps = new ArrayList<>();
        for (Step x : now.steps()) {
            if (!x.sameSetting(step)) {
                steps.add(x);
            }
        }
        steps.add(step);
        return change(steps, step);
    }

    /** Takes back the what-ifs of a target's setting, or of the whole target when setting is null. */
    public Outcome unset(String target, String setting) {
        Target t = targets.find(target);
        String name = t == null ? target : t.name();
        String s = t == null || setting == null ? setting : Settings.canonical(t, setting, sizeNames());
        List<Step> steps = new ArrayList<>();
        for (Step x : now.steps()) {
            if (!(x.target().equals(name) && (s == null || x.setting().equals(s)))) {
                steps.add(x);
            }
        }
        if (steps.size() == now.steps().size()) {
            return Outcome.refused("no what-if of " + name + (setting == null ? "" : " " + setting)
                    + " to take back (changes lists them)");
        }
        return change(steps, null);
    }

    /** Goes back to the list of what-ifs before the last change. */
    public Outcome undo() {
        if (undo.isEmpty()) {
            return Outcome.refused("nothing to undo");
        }
        Evaluation before = now;
        now = undo.pop();
        return new Outcome(null, before, now, null);
    }

    /**
     * One what-if evaluated off the record — a unit's TimeoutStopSec, or else one more httpd
     * worker — so that the code of an answer has run once before the first line a person types:
     * the first answer is then no slower than the rest. Nothing changes in the session; null
     * when the server has nothing such to try.
     */
    public Outcome rehearse() {
        Step step = null;
        for (Target t : targets.all()) {
            if (t.unit() != null && t.kind() != Target.Kind.HOST) {
                step = new Step(t.name(), "TimeoutStopSec", "91");
                break;
            }
            if (t.kind() == Target.Kind.HTTPD && t.httpd().mpm() != null) {
                String now = Values.of(base, t, "MaxRequestWorkers");
                step = now == null ? null : new Step(t.name(), "MaxRequestWorkers", String.valueOf(Long.parseLong(now) + 1));
                break;
            }
        }
        if (step == null) {
            return null;
        }
        try {
            return new Outcome(null, now, Evaluator.evaluate(fs, base, targets, List.of(step), rules), step);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What is still wrong with the what-ifs in, and the edits that would fix it. */
    public Plan plan() {
        return Planner.plan(now.workspace(), now.findings(), now.fs(), rules);
    }

    /** The what-ifs as a plan for {@code headroom apply --plan}: their edits, the budget before and with them. */
    public Plan asPlan() {
        List<Finding> still = now.findings().stream()
                .filter(f -> f.severity() != dev.headroom.model.Severity.INFO).toList();
        List<FileEdit> edits = Evaluator.withFixes(baseline, now);
        return new Plan(edits, still, baseline.budget(), now.budget());
    }

    /**
     * What {@link #plan} proposes, as what-ifs ({@code set} commands) that {@code take} can try:
     * the remedies of the findings now; one no target here can carry is left out.
     */
    public List<Step> proposals() {
        List<Step> out = new ArrayList<>();
        java.util.Set<dev.headroom.model.Remedy> seen = new java.util.LinkedHashSet<>();
        for (Finding f : now.findings()) {
            seen.addAll(f.remedies());
        }
        for (dev.headroom.model.Remedy r : seen) {
            Step s = proposal(r);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private Step proposal(dev.headroom.model.Remedy r) {
        for (Target t : targets.all()) {
            switch (r.kind()) {
                case HTTPD_DIRECTIVE -> {
                    if (t.kind() == Target.Kind.HTTPD && t.httpd().files().stream().anyMatch(f -> f.display().equals(r.target()))) {
                        return new Step(t.name(), r.key(), r.value());
                    }
                }
                case CLAMAV_OPTION -> {
                    if (t.clam() != null && t.clam().file().equals(r.target())) {
                        return new Step(t.name(), r.key(), r.value());
                    }
                }
                case UNIT_SETTING -> {
                    if (t.unit() != null && t.unit().name().equals(r.target()) && t.kind() != Target.Kind.HOST) {
                        return new Step(t.name(), r.key(), r.value());
                    }
                }
                case UNIT_MASK -> {
                    if (t.kind() == Target.Kind.UNIT && t.unit().name().equals(r.target())) {
                        return new Step(t.name(), Settings.MASKED, "yes");
                    }
                }
            }
        }
        return null;
    }

    private Outcome change(List<Step> steps, Step step) {
        Evaluation next;
        try {
            next = Evaluator.evaluate(fs, base, targets, steps, rules);
        } catch (IOException e) {
            return Outcome.refused("cannot read the tree with that change: " + e.getMessage());
        }
        Evaluation before = now;
        undo.push(now);
        now = next;
        return new Outcome(null, before, next, step);
    }

    /**
     * The names {@code set host NAME SIZE} takes a size for: those the facts measured, and each
     * service of the budget, whole or per child ({@code httpd}, {@code httpd.child}). Any other
     * name is refused, so that a typo does not become a new service.
     */
    public java.util.Set<String> sizeNames() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (base.facts() != null) {
            out.addAll(base.facts().measured().keySet());
        }
        for (dev.headroom.budget.ServiceMemory m : dev.headroom.budget.BudgetBuilder.services(base)) {
            out.add(m.name());
            out.add(m.name() + ".child");
        }
        return out;
    }

    private String names() {
        return String.join(", ", targets.all().stream().map(Target::name).toList());
    }

    private String hint(Target t) {
        return switch (t.kind()) {
            case HOST -> " (ram, swap, cpus, reserve, or the size of a service: " + String.join(", ",
                    sizeNames().stream().filter(n -> !n.endsWith(".child")).toList()) + ", or NAME.child for one process)";
            case HTTPD -> " in its MPM" + (t.unit() == null ? " (and no " + t.name() + ".service unit was found for unit keys)"
                    : ", nor is it a [Service] key of " + t.unit().name());
            case CLAMD, FRESHCLAM -> " in ClamAV's option table" + (t.unit() == null ? ""
                    : ", nor is it a [Service] key of " + t.unit().name());
            case UNIT -> " (masked, or a [Service] key systemd knows)";
            case PHPFPM_POOL -> " (" + String.join(", ", IniSettings.POOL) + ")";
            case MYSQL -> " in the memory formula (" + String.join(", ", IniSettings.mysql(t.mysql())) + ")";
        };
    }
}
