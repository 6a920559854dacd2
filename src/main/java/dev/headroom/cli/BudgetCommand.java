package dev.headroom.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.model.Reserve;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.report.BudgetReport;
import dev.headroom.report.BudgetSvg;

/** {@code headroom budget}: every service's steady and peak memory against RAM less a reserve, per scenario. */
@Command(name = "budget", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Add up every service's steady and peak memory, per scenario, against the machine's RAM.")
final class BudgetCommand implements Callable<Integer> {

    enum BudgetFormat {
        text, json, svg
    }

    @Spec
    CommandSpec spec;

    @Mixin
    RootOptions where;

    @Option(names = "--ram", paramLabel = "SIZE", description = "The machine's RAM (512M, 3.75G), instead of the facts.")
    String ram;

    @Option(names = "--reserve", paramLabel = "SIZE|PCT",
            description = "Memory kept free for the kernel and page cache (default: 10%, at least 64M).")
    String reserve;

    @Option(names = "--count-swap", description = "Count swap as room (by default it is reported, not counted).")
    boolean countSwap;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BudgetFormat format;

    @Override
    public Integer call() throws Exception {
        Long ramBytes = null;
        if (ram != null) {
            ramBytes = Sizes.parse(ram);
            if (ramBytes == null || ramBytes <= 0) {
                throw new ParameterException(spec.commandLine(), "--ram: '" + ram + "' is not a size (512M, 3.75G)");
            }
        }
        Reserve res = null;
        if (reserve != null) {
            res = Reserve.parse(reserve);
            if (res == null) {
                throw new ParameterException(spec.commandLine(),
                        "--reserve: '" + reserve + "' is neither a size (256M) nor a percentage (10%)");
            }
        }
        Workspace ws = where.load();
        for (String e : ws.inputErrors()) {
            spec.commandLine().getErr().println(e);
        }
        if (!ws.inputErrors().isEmpty()) {
            return ExitCode.INPUT.code;
        }
        Budget b = BudgetBuilder.of(ws, ramBytes, res, countSwap);
        if (b == null) {
            throw new ParameterException(spec.commandLine(),
                    "the machine's RAM is not known: give --ram SIZE, or a facts file with [host] ram (--facts FILE)");
        }
        if (res != null && res.of(b.ram()) >= b.ram()) {
            throw new ParameterException(spec.commandLine(), "--reserve " + reserve + " leaves nothing of "
                    + Sizes.human(b.ram()) + " of RAM");
        }
        String out = switch (format) {
            case json -> new BudgetReport(b).json();
            case svg -> new BudgetSvg(b).svg();
            case text -> new BudgetReport(b).text(Output.style(null));
        };
        Output.write(out, null, spec.commandLine().getOut());
        return b.fits() ? ExitCode.OK.code : ExitCode.FINDINGS.code;
    }
}
