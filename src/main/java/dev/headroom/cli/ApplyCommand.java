package dev.headroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.headroom.config.RunConfig;
import dev.headroom.model.Workspace;
import dev.headroom.overlay.Applier;
import dev.headroom.overlay.ApplyResult;
import dev.headroom.overlay.Change;
import dev.headroom.overlay.OverlayPlan;
import dev.headroom.overlay.OverlayRefusal;
import dev.headroom.overlay.Validator;
import dev.headroom.overlay.check.Checks;
import dev.headroom.plan.FileEdit;
import dev.headroom.plan.Plan;
import dev.headroom.plan.PlanFile;
import dev.headroom.plan.Planner;
import dev.headroom.report.PlanReport;
import dev.headroom.rules.RuleSettings;
import dev.headroom.source.RootedFs;

/** {@code headroom apply}: a plan written as .dee overlays, in one transaction, checked by the daemons' own checkers. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Write a plan as .dee overlays: patched copies beside the originals, joined by symlinks, in one "
                + "transaction that the daemons' own checkers validate and that headroom rollback undoes.")
final class ApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/",
            description = "The server's root: / on a live host, or a snapshot directory (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--plan", paramLabel = "PLAN.json", description = "The plan to apply (headroom plan -o); "
            + "without it, the plan is made now.")
    Path planFile;

    @Option(names = "--dry-run", description = "Print the filesystem operations and a unified diff; change nothing.")
    boolean dryRun;

    @Option(names = "--no-validate", description = "Do not run the daemons' checkers after writing.")
    boolean noValidate;

    @Option(names = "--reload", description = "After a successful apply on the live host (--root /), reload or "
            + "restart the services whose files changed (systemctl); without it headroom only says which.")
    boolean reload;

    @picocli.CommandLine.Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (reload && !dryRun && !root.toAbsolutePath().normalize().equals(Path.of("/"))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--reload acts on the services running here: only with --root /");
        }
        RunConfig settings = planFile != null ? null : config.loadOrSay(spec, root, RunConfig.Flags.NONE);
        if (planFile == null && settings == null) {
            return ExitCode.USAGE.code;
        }
        List<PlanFile.Edit> edits = planFile != null ? read(err) : planNow(settings);
        if (edits == null) {
            return ExitCode.INPUT.code;
        }
        List<Change> changes = new ArrayList<>();
        RootedFs fs = new RootedFs(root);
        for (PlanFile.Edit e : edits) {
            String server = "/" + e.file();
            String now = fs.exists(server) ? fs.read(server).text() : null;
            if (e.after().equals(now)) {
                continue; // already applied: a second identical apply changes nothing
            }
            if (e.beforeSha256() != null) {
                if (now == null || !PlanReport.sha256(now).equals(e.beforeSha256())) {
                    err.println("headroom: " + e.file() + " changed since the plan was made; make the plan again");
                    return ExitCode.FINDINGS.code;
                }
            }
            changes.add(new Change(server, e.after().getBytes(StandardCharsets.ISO_8859_1),
                    "fixes " + String.join(", ", e.fixes())));
        }
        OverlayPlan plan;
        try {
            plan = OverlayPlan.of(root, changes);
        } catch (OverlayRefusal r) {
            err.println("headroom: " + r.getMessage());
            return ExitCode.FINDINGS.code;
        }
        if (plan.isEmpty()) {
            out.println("nothing to do: the tree already holds the plan");
            return ExitCode.OK.code;
        }
        if (dryRun) {
            plan.describe().forEach(out::println);
            out.print(plan.diff());
            out.flush();
            return ExitCode.OK.code;
        }
        List<String> files = changes.stream().map(Change::path).toList();
        Checks checks = noValidate ? null : Checks.before(root, files);
        Validator validator = checks == null ? Validator.none() : checks.validator();
        ApplyResult r = Applier.apply(root, plan, validator);
        (r.ok() ? out : err).println((r.ok() ? "" : "headroom: ") + r.message());
        if (checks != null) {
            if (!checks.ran().isEmpty()) {
                out.println("checked with " + String.join(", ", checks.ran()));
            }
            if (!checks.notRun().isEmpty()) {
                out.println("not checked (not installed here): " + String.join(", ", checks.notRun()));
            }
        }
        if (!r.ok()) {
            return ExitCode.FINDINGS.code;
        }
        List<String> units = Reloads.units(Workspace.discover(root), files);
        if (!reload) {
            if (!units.isEmpty()) {
                out.println("to take effect: " + (files.stream().anyMatch(f -> f.contains("/systemd/system/"))
                        ? "systemctl daemon-reload; " : "") + "systemctl try-reload-or-restart " + String.join(" ", units)
                        + " (or headroom apply --reload; headroom does not do it unasked)");
            }
            return ExitCode.OK.code;
        }
        return Reloads.run(units, files.stream().anyMatch(f -> f.contains("/systemd/system/")), out, err)
                ? ExitCode.OK.code : ExitCode.FINDINGS.code;
    }

    private List<PlanFile.Edit> read(PrintWriter err) {
        try {
            PlanFile.Parsed p = PlanFile.parse(Files.readString(planFile, StandardCharsets.UTF_8), PlanReport.FORMAT);
            if (p.problem() != null) {
                err.println(planFile + ": error: " + p.problem());
                return null;
            }
            return p.edits();
        } catch (IOException e) {
            err.println(planFile + ": error: cannot read the plan: " + e.getMessage());
            return null;
        }
    }

    /** The plan headroom plan would make, with the same [rules] and [budget] of .headroom.ini. */
    private List<PlanFile.Edit> planNow(RunConfig settings) {
        Workspace ws = Inputs.withReserve(Inputs.withFacts(Workspace.discover(root), root, null), settings.reserveValue());
        RuleSettings rules = ConfigOption.rules(settings);
        Plan plan = Planner.plan(ws, rules.check(ws), new RootedFs(root), rules);
        List<PlanFile.Edit> out = new ArrayList<>();
        for (FileEdit e : plan.edits()) {
            out.add(new PlanFile.Edit(e.file(), e.create(), e.create() ? null : PlanReport.sha256(e.before()),
                    e.after(), e.fixes()));
        }
        return out;
    }
}
