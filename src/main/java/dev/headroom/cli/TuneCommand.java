package dev.headroom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jline.terminal.Terminal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import dev.headroom.config.RunConfig;
import dev.headroom.model.Workspace;
import dev.headroom.plan.whatif.Session;
import dev.headroom.repl.TuneShell;
import dev.headroom.report.Style;
import dev.headroom.source.RootedFs;

/** {@code headroom tune}: the server read once, then what-ifs answered line by line. */
@Command(name = "tune", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Try settings on the server's configuration and see the budget move, without writing "
                + "anything: set, unset, undo, budget, lint, plan, diff, save PLAN.json (for headroom apply --plan). "
                + "On a terminal: completion and history; with input piped in, one answer per line, no prompt.",
        footer = {"", "Exit codes: 0 every line ran, 1 a line was refused, 3 the server or the facts could not be read."})
final class TuneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RootOptions where;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        RunConfig settings = config.loadOrSay(spec, where.root, RunConfig.Flags.NONE);
        if (settings == null) {
            return ExitCode.USAGE.code;
        }
        // lint's rules and reserve ([rules], [budget] of .headroom.ini); `set host reserve` overrides it
        Workspace ws = Inputs.withReserve(where.load(), settings.reserveValue());
        for (String e : ws.inputErrors()) {
            err.println(e);
        }
        if (!ws.inputErrors().isEmpty()) {
            return ExitCode.INPUT.code;
        }
        Session session = Session.open(new RootedFs(where.root), ws, ConfigOption.rules(settings));
        boolean person = System.console() != null;
        if (!person) {
            TuneShell shell = new TuneShell(session, where.root, spec.commandLine().getOut(), err, Style.plain());
            shell.warm();
            return shell.script(System.in) == 0 ? ExitCode.OK.code : ExitCode.FINDINGS.code;
        }
        try (Terminal terminal = TuneShell.terminal()) {
            boolean dumb = Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                    || "dumb".equals(System.getenv("TERM"));
            String noColor = System.getenv("NO_COLOR");
            Style style = new Style(!dumb && (noColor == null || noColor.isEmpty()));
            TuneShell shell = new TuneShell(session, where.root, terminal.writer(), err, style);
            shell.warm();
            shell.interactive(terminal, TuneShell.historyFile());
        }
        return ExitCode.OK.code;
    }
}
