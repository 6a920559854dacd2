package dev.headroom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.headroom.config.RunConfig;
import dev.headroom.model.Workspace;
import dev.headroom.plan.Plan;
import dev.headroom.plan.Planner;
import dev.headroom.report.Format;
import dev.headroom.report.PlanReport;
import dev.headroom.rules.RuleSettings;
import dev.headroom.source.RootedFs;

/** {@code headroom plan}: the edits that fix the findings, and the budget with them. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Propose the edits that fix the findings, each tied to what it fixes, with the budget "
                + "recomputed on the edited configuration. Changes nothing.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RootOptions where;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN.json",
            description = "Write the plan as JSON to this file (for headroom apply --plan), written whole or not at all.")
    Path output;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        RunConfig settings = config.loadOrSay(spec, where.root, RunConfig.Flags.NONE);
        if (settings == null) {
            return ExitCode.USAGE.code;
        }
        // the rules and the reserve lint holds the server to ([rules], [budget] of .headroom.ini)
        Workspace ws = Inputs.withReserve(where.load(), settings.reserveValue());
        for (String e : ws.inputErrors()) {
            spec.commandLine().getErr().println(e);
        }
        if (!ws.inputErrors().isEmpty()) {
            return ExitCode.INPUT.code;
        }
        RuleSettings rules = ConfigOption.rules(settings);
        Plan plan = Planner.plan(ws, rules.check(ws), new RootedFs(where.root), rules);
        PlanReport report = new PlanReport(plan);
        String rootText = where.root.toString();
        if (output != null) {
            Output.write(report.json(rootText, HeadroomCommand.version()), output, spec.commandLine().getOut());
            spec.commandLine().getErr().println("headroom: wrote " + output + " (" + plan.edits().size()
                    + (plan.edits().size() == 1 ? " edit)" : " edits)"));
        } else {
            String text = format == Format.json ? report.json(rootText, HeadroomCommand.version())
                    : report.text(Output.style(null));
            Output.write(text, null, spec.commandLine().getOut());
        }
        return plan.fits() ? ExitCode.OK.code : ExitCode.FINDINGS.code;
    }
}
