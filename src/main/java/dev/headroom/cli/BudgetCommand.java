package dev.headroom.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.config.RunConfig;
import dev.headroom.model.Reserve;
import dev.headroom.model.Sizes;
import dev.headroom.model.Workspace;
import dev.headroom.model.openbsd.KernelMemory;
import dev.headroom.report.KernelBudgetReport;
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
            description = "Memory kept free for the kernel and page cache (default: 10%%, at least 64M; "
                    + "also HEADROOM_RESERVE, [budget] reserve).")
    String reserve;

    @Mixin
    ConfigOption config;

    @Option(names = "--count-swap", description = "Count swap as room (by default it is reported, not counted).")
    boolean countSwap;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BudgetFormat format;

    /** The OpenBSD kernels' budgets (DESIGN.md §3, the second budget), or null when there is no kernel. */
    private static KernelBudgetReport kernels(Workspace ws) {
        if (ws.openbsd() == null || ws.openbsd().kernels().isEmpty()) {
            return null;
        }
        List<KernelBudgetReport.Entry> entries = new ArrayList<>();
        List<KernelMemory> memories = ws.openbsd().memories(ws.facts());
        for (int i = 0; i < memories.size(); i++) {
            entries.add(new KernelBudgetReport.Entry(ws.openbsd().kernels().get(i), memories.get(i)));
        }
        return new KernelBudgetReport(entries);
    }

    private static String kernelOnlyJson(List<Map<String, Object>> kernels, boolean fits) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kernels", kernels);
        root.put("fits", fits);
        return new com.google.gson.GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create()
                .toJson(root) + "\n";
    }

    @Override
    public Integer call() throws Exception {
        Long ramBytes = null;
        if (ram != null) {
            ramBytes = Sizes.parse(ram);
            if (ramBytes == null || ramBytes <= 0) {
                throw new ParameterException(spec.commandLine(), "--ram: '" + ram + "' is not a size (512M, 3.75G)");
            }
        }
        if (reserve != null && Reserve.parse(reserve) == null) {
            throw new ParameterException(spec.commandLine(),
                    "--reserve: '" + reserve + "' is neither a size (256M) nor a percentage (10%)");
        }
        RunConfig settings = config.loadOrSay(spec, where.root, new RunConfig.Flags(List.of(), List.of(), null, reserve));
        if (settings == null) {
            return ExitCode.USAGE.code;
        }
        Reserve res = settings.reserveValue();
        Workspace ws = where.load();
        for (String e : ws.inputErrors()) {
            spec.commandLine().getErr().println(e);
        }
        if (!ws.inputErrors().isEmpty()) {
            return ExitCode.INPUT.code;
        }
        KernelBudgetReport kernels = kernels(ws);
        boolean linux = kernels == null || !BudgetBuilder.services(ws).isEmpty();
        Budget b = linux ? BudgetBuilder.of(ws, ramBytes, res, countSwap) : null;
        if (linux && b == null) {
            throw new ParameterException(spec.commandLine(),
                    "the machine's RAM is not known: give --ram SIZE, or a facts file with [host] ram (--facts FILE)");
        }
        if (b != null && res != null && res.of(b.ram()) >= b.ram()) {
            throw new ParameterException(spec.commandLine(), settings.reserve().where() + " "
                    + settings.reserve().value() + " leaves nothing of "
                    + Sizes.human(b.ram()) + " of RAM");
        }
        List<Map<String, Object>> kernelJson = kernels == null ? List.of() : kernels.json();
        String out = switch (format) {
            case json -> b != null ? new BudgetReport(b).json(kernelJson) : kernelOnlyJson(kernelJson, kernels.fits());
            case svg -> b != null ? new BudgetSvg(b).svg() : null;
            case text -> (b != null ? new BudgetReport(b).text(Output.style(null)) : "")
                    + (kernels == null ? "" : (b != null ? "\n" : "") + kernels.text(Output.style(null)));
        };
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "-f svg draws the memory budget of services; "
                    + "an OpenBSD kernel's budget is text or json");
        }
        Output.write(out, null, spec.commandLine().getOut());
        boolean fits = (b == null || b.fits()) && (kernels == null || kernels.fits());
        return fits ? ExitCode.OK.code : ExitCode.FINDINGS.code;
    }
}
