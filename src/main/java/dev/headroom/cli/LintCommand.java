package dev.headroom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.headroom.config.ConfigLocation;
import dev.headroom.config.RunConfig;
import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.report.ArtifactUris;
import dev.headroom.report.CheckstyleReport;
import dev.headroom.report.FindingsReport;
import dev.headroom.report.GithubReport;
import dev.headroom.report.LintFormat;
import dev.headroom.report.SarifReport;
import dev.headroom.rules.RuleRegistry;

/** {@code headroom lint}: findings for CI and for people. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Check configurations and report findings with stable rule IDs.")
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    LintFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, info or none "
                    + "(default: warning; also HEADROOM_FAIL_ON, [rules] fail-on).")
    FailOn failOn;

    @Mixin
    ConfigOption config;

    @Option(names = "--select", paramLabel = "IDS", split = ",", completionCandidates = RuleIdCandidates.class,
            description = "Only these rule IDs or ID prefixes (e.g. HT3; also HEADROOM_SELECT, [rules] select).")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "IDS", split = ",", completionCandidates = RuleIdCandidates.class,
            description = "Not these rule IDs or ID prefixes (also HEADROOM_IGNORE, [rules] ignore).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--peers", paramLabel = "N",
            description = "OpenBSD: the machines of a load-balanced group, so that one can carry the others' load "
                    + "when they fail (mbuf clusters sized for N; also [openbsd] peers in the facts file).")
    Integer peers;

    @Option(names = "--hosts", paramLabel = "DIR",
            description = "Lint a fleet: every directory DIR/NAME is the root of host NAME, with its facts in "
                    + "DIR/NAME.ini when present; one report, each file prefixed with its host.")
    Path hosts;

    @Option(names = "--jobs", paramLabel = "N",
            description = "With --hosts, lint N hosts at once (default: one per processor).")
    Integer jobs;

    enum FailOn {
        error, warning, info, none
    }

    @Override
    public Integer call() throws Exception {
        String misuse = FleetLint.misuse(spec.commandLine().getParseResult(), hosts, jobs, !inputs.paths.isEmpty());
        if (misuse != null) {
            spec.commandLine().getErr().println("headroom: " + misuse);
            spec.commandLine().getErr().println("Try 'headroom lint --help' for more information.");
            return ExitCode.USAGE.code;
        }
        RunConfig.Flags flags = new RunConfig.Flags(select, ignore, failOn == null ? null : failOn.name(), null);
        RunConfig settings = config.loadOrSay(spec, hosts != null ? hosts : ConfigLocation.start(inputs.paths,
                inputs.root), flags);
        if (settings == null) {
            return ExitCode.USAGE.code;
        }
        if (peers != null && (peers < 1 || peers > 64)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--peers: " + peers + " is not a number of machines from 1 to 64");
        }
        if (hosts != null) {
            return new FleetLint(spec, root -> config.load(spec, root, flags), jobs, peers).run(hosts, format, output);
        }
        // the budget rules hold the line budget holds: the reserve of the environment or .headroom.ini
        Workspace ws = Inputs.withReserve(Inputs.withPeers(inputs.load(), peers), settings.reserveValue());
        List<Finding> findings = ConfigOption.rules(settings).check(ws);
        Output.write(report(findings), output, spec.commandLine().getOut());
        for (String e : ws.inputErrors()) {
            spec.commandLine().getErr().println(e);
        }
        if (!ws.inputErrors().isEmpty()) {
            return ExitCode.INPUT.code;
        }
        String level = settings.failOnOr(FailOn.warning.name());
        if (!level.equals(FailOn.none.name())) {
            Severity threshold = Severity.parse(level);
            for (Finding f : findings) {
                if (f.severity().atLeast(threshold)) {
                    return ExitCode.FINDINGS.code;
                }
            }
        }
        return ExitCode.OK.code;
    }

    private String report(List<Finding> findings) {
        String version = HeadroomCommand.version();
        return switch (format) {
            case text -> new FindingsReport(findings, version).text(Output.style(output));
            case json -> new FindingsReport(findings, version).json();
            case sarif -> new SarifReport(findings, RuleRegistry.all(), version,
                    new ArtifactUris(inputs.displayBase(), inputs.root)).sarif();
            case github -> new GithubReport(findings).github();
            case checkstyle -> new CheckstyleReport(findings).checkstyle();
        };
    }
}
