package dev.headroom.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.headroom.report.Format;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleRegistry;

/** {@code headroom rules}: every rule with its ID, name and default severity. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class, description = "List every rule.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        List<RuleInfo> rules = RuleRegistry.all();
        StringBuilder out = new StringBuilder();
        if (format == Format.json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (RuleInfo r : rules) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("name", r.name());
                m.put("severity", r.severity().label());
                m.put("language", r.language());
                m.put("summary", r.summary());
                list.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("rules", list);
            out.append(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root)).append('\n');
        } else {
            for (RuleInfo r : rules) {
                out.append(String.format("%-6s %-8s %-44s %s%n", r.id(), r.severity().label(), r.name(),
                        r.summary()));
            }
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }
}
