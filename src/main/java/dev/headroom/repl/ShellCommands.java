package dev.headroom.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.headroom.cli.HeadroomCommand;
import dev.headroom.cli.Output;
import dev.headroom.overlay.OverlayPlan;
import dev.headroom.overlay.OverlayRefusal;
import dev.headroom.plan.FileEdit;
import dev.headroom.plan.Plan;
import dev.headroom.plan.whatif.Evaluation;
import dev.headroom.plan.whatif.Session;
import dev.headroom.plan.whatif.Step;
import dev.headroom.plan.whatif.Target;
import dev.headroom.report.BudgetReport;
import dev.headroom.report.FindingsReport;
import dev.headroom.report.PlanReport;
import dev.headroom.report.TuneAnswer;
import dev.headroom.report.TuneShow;

/** The commands of a {@code headroom tune} session, one method each, on the session in the context. */
@Command(name = "tune", description = "headroom tune: what-ifs on the server's configuration, nothing written until you choose.")
final class ShellCommands {

    private final ShellContext cx;

    @Spec
    CommandLine.Model.CommandSpec spec;

    ShellCommands(ShellContext cx) {
        this.cx = cx;
    }

    @Command(name = "budget", description = "Every service's steady and peak memory against RAM, per scenario, with the chart.")
    int budget() {
        Evaluation now = cx.session.now();
        if (now.budget() == null) {
            cx.out.println("the RAM is not known: set host ram SIZE (or start with --facts FILE)");
            return 1;
        }
        cx.out.print(new BudgetReport(now.budget()).text(cx.style));
        return 0;
    }

    @Command(name = "show", description = "The settings each daemon will run with, where each comes from, "
            + "with the what-ifs in; or one service's.")
    int show(@Parameters(paramLabel = "SERVICE", arity = "0..1", description = "host, httpd, clamd, a unit...")
            String service) {
        Evaluation now = cx.session.now();
        if (service == null) {
            cx.out.print(TuneShow.all(now.workspace(), cx.style));
            return 0;
        }
        Target t = cx.session.targets().find(service);
        if (t == null) {
            return refuse("no service '" + service + "' here; there is " + targetNames());
        }
        cx.out.print(TuneShow.one(now.workspace(), t, cx.style));
        return 0;
    }

    @Command(name = "lint", description = "The findings, with the what-ifs in.")
    int lint() {
        cx.out.print(new FindingsReport(cx.session.now().findings(), HeadroomCommand.version()).text(cx.style));
        return 0;
    }

    @Command(name = "set", description = "A what-if: give a setting a value (set httpd MaxRequestWorkers 60, "
            + "set clamd ConcurrentDatabaseReload no, set clamd OOMPolicy continue, set host ram 2G, "
            + "set varnish masked yes).")
    int set(@Parameters(paramLabel = "SERVICE", description = "host, httpd, clamd, freshclam, or a unit") String service,
            @Parameters(paramLabel = "SETTING", description = "a directive, option or unit key") String setting,
            @Parameters(paramLabel = "VALUE", description = "its value") String value) {
        return answer(cx.session.set(service, setting, value));
    }

    @Command(name = "unset", description = "Take back the what-ifs of a setting, or of a whole service.")
    int unset(@Parameters(paramLabel = "SERVICE") String service,
            @Parameters(paramLabel = "SETTING", arity = "0..1") String setting) {
        return answer(cx.session.unset(service, setting));
    }

    @Command(name = "undo", description = "Go back to before the last set, unset, take or undo.")
    int undo() {
        return answer(cx.session.undo());
    }

    @Command(name = "changes", description = "The what-ifs so far, and the files they would write.")
    int changes() {
        Evaluation now = cx.session.now();
        if (now.steps().isEmpty()) {
            cx.out.println("no what-ifs yet (set SERVICE SETTING VALUE)");
            return 0;
        }
        for (Step s : now.steps()) {
            cx.out.println(s.command());
        }
        cx.out.println();
        for (FileEdit e : now.edits()) {
            cx.out.println(cx.style.bold(e.file()) + "  " + cx.style.dim(e.create() ? "(new file)" : "(in place)"));
            e.changes().forEach(c -> cx.out.println("  " + c));
        }
        cx.out.println(TuneAnswer.budget(cx.session.baseline().budget(), now.budget(), cx.style));
        return 0;
    }

    @Command(name = "plan", description = "What is still wrong with the what-ifs in, and the edits that would fix it "
            + "(take tries them).")
    int plan() {
        Plan p = cx.session.plan();
        cx.out.print(new PlanReport(p).text(cx.style).replace(
                "headroom plan -o PLAN.json writes it for headroom apply --plan PLAN.json\n", ""));
        List<Step> steps = cx.session.proposals();
        if (!steps.isEmpty()) {
            cx.out.println("as what-ifs (take makes them all):");
            steps.forEach(s -> cx.out.println("  " + s.command()));
        }
        return 0;
    }

    @Command(name = "take", description = "Make every edit plan proposes a what-if.")
    int take() {
        List<Step> steps = cx.session.proposals();
        if (steps.isEmpty()) {
            cx.out.println("plan proposes nothing");
            return 0;
        }
        Session.Outcome last = null;
        Evaluation before = cx.session.now();
        for (Step s : steps) {
            last = cx.session.set(s.target(), s.setting(), s.value());
            if (!last.ok()) {
                return refuse(s.command() + ": " + last.error());
            }
        }
        cx.out.print(TuneAnswer.of(new Session.Outcome(null, before, last.after(), null), null, cx.style));
        return 0;
    }

    @Command(name = "diff", description = "The unified diff of the files the what-ifs would write "
            + "(what headroom apply --plan shows with --dry-run).")
    int diff() {
        OverlayPlan p = overlay();
        if (p == null) {
            return 1;
        }
        cx.out.print(p.isEmpty() ? "no changes\n" : p.diff());
        return 0;
    }

    @Command(name = "save", description = "Write the what-ifs as a plan for headroom apply --plan (whole, or not at all).")
    int save(@Parameters(paramLabel = "PLAN.json") Path file) {
        Plan p = cx.session.asPlan();
        if (p.edits().isEmpty()) {
            return refuse("no what-if changes a file (set host ... changes only the facts): nothing to save");
        }
        try {
            Output.write(new PlanReport(p).json(cx.root.toString(), HeadroomCommand.version()), file, cx.out);
        } catch (IOException | RuntimeException e) {
            return refuse("cannot write " + file + ": " + e.getMessage());
        }
        cx.out.println("wrote " + file + " (" + p.edits().size() + (p.edits().size() == 1 ? " file" : " files")
                + "): headroom apply --root " + cx.root + " --plan " + file);
        return 0;
    }

    @Command(name = "apply", description = "What headroom apply would do with the what-ifs: only --dry-run here "
            + "(save, then headroom apply --plan, writes).")
    int apply(@Option(names = "--dry-run", description = "Print the operations and the diff; change nothing.")
            boolean dryRun) {
        if (!dryRun) {
            return refuse("tune writes nothing: apply --dry-run shows what would be written; "
                    + "save PLAN.json, then headroom apply --plan PLAN.json writes it");
        }
        OverlayPlan p = overlay();
        if (p == null) {
            return 1;
        }
        if (p.isEmpty()) {
            cx.out.println("nothing to do: no what-if changes a file");
            return 0;
        }
        p.describe().forEach(cx.out::println);
        cx.out.print(p.diff());
        return 0;
    }

    @Command(name = "help", description = "The commands, or one command's usage.")
    int help(@Parameters(paramLabel = "COMMAND", arity = "0..1") String command) {
        Map<String, CommandLine> subs = spec.commandLine().getSubcommands();
        if (command != null) {
            CommandLine c = subs.get(command);
            if (c == null) {
                return refuse("no command '" + command + "' (help lists them)");
            }
            c.usage(cx.out, CommandLine.Help.Ansi.OFF);
            return 0;
        }
        subs.forEach((name, c) -> {
            if (name.equals(c.getCommandName())) {
                String names = String.join(", ", java.util.stream.Stream.concat(java.util.stream.Stream.of(name),
                        java.util.Arrays.stream(c.getCommandSpec().aliases())).toList());
                cx.out.printf("  %-10s %s%n", names, c.getCommandSpec().usageMessage().description()[0]);
            }
        });
        cx.out.println("Tab completes commands, services, settings and values; Ctrl-C cancels a line, Ctrl-D leaves.");
        return 0;
    }

    @Command(name = "exit", aliases = "quit", description = "Leave (nothing is written).")
    int exit() {
        cx.exit = true;
        return 0;
    }

    private OverlayPlan overlay() {
        try {
            return Overlays.of(cx.root, cx.session.asPlan().edits());
        } catch (OverlayRefusal r) {
            refuse(r.getMessage());
            return null;
        }
    }

    private int answer(Session.Outcome o) {
        if (!o.ok()) {
            return refuse(o.error());
        }
        Target t = o.step() == null ? null : cx.session.targets().find(o.step().target());
        cx.out.print(TuneAnswer.of(o, t, cx.style));
        return 0;
    }

    private int refuse(String why) {
        cx.err.println("headroom: " + why);
        cx.failures++;
        return 1;
    }

    private String targetNames() {
        return String.join(", ", cx.session.targets().all().stream().map(Target::name).toList());
    }
}
