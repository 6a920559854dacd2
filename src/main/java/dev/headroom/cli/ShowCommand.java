package dev.headroom.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.headroom.model.Workspace;
import dev.headroom.report.Format;
import dev.headroom.report.ShowReport;

/** {@code headroom show}: effective settings with their origins. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Show the settings each daemon will really run with, and where each comes from.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Workspace ws = inputs.load();
        ShowReport report = new ShowReport(ws.httpd(), ws.systemd(), ws.clamav(), ws.facts(), ws.openbsd());
        String text = format == Format.json ? report.json() : report.text(Output.style(null));
        Output.write(text, null, spec.commandLine().getOut());
        for (String e : ws.inputErrors()) {
            spec.commandLine().getErr().println(e);
        }
        return ws.inputErrors().isEmpty() ? ExitCode.OK.code : ExitCode.INPUT.code;
    }
}
