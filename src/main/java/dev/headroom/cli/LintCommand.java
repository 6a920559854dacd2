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

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.model.Workspace;
import dev.headroom.report.ArtifactUris;
import dev.headroom.report.CheckstyleReport;
import dev.headroom.report.FindingsReport;
import dev.headroom.report.GithubReport;
import dev.headroom.report.LintFormat;
import dev.headroom.report.SarifReport;
import dev.headroom.rules.Linter;
import dev.headroom.rules.RuleFilter;
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

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, info or none "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--select", paramLabel = "IDS", split = ",",
            description = "Only these rule IDs or ID prefixes (e.g. HT3).")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "IDS", split = ",",
            description = "Not these rule IDs or ID prefixes.")
    List<String> ignore = new ArrayList<>();

    enum FailOn {
        error, warning, info, none
    }

    @Override
    public Integer call() throws Exception {
        RuleFilter filter = new RuleFilter(select, ignore);
        List<String> unknown = filter.unknown(RuleRegistry.all());
        if (!unknown.isEmpty()) {
            spec.commandLine().getErr().println("headroom: no rule matches " + String.join(", ", unknown)
                    + " (see 'headroom rules')");
            return ExitCode.USAGE.code;
        }
        Workspace ws = inputs.load();
        List<Finding> findings = new Linter(filter).check(ws);
        Output.write(report(findings), output, spec.commandLine().getOut());
        for (String e : ws.inputErrors()) {
            spec.commandLine().getErr().println(e);
        }
        if (!ws.inputErrors().isEmpty()) {
            return ExitCode.INPUT.code;
        }
        if (failOn != FailOn.none) {
            Severity threshold = Severity.parse(failOn.name());
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
