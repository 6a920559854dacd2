package dev.headroom.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.headroom.rules.RuleDocs;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleRegistry;

/** {@code headroom explain RULE-ID}: the rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Explain a rule: what it checks, why it matters, an example and the fix.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", completionCandidates = RuleIdCandidates.class,
            description = "A rule ID such as HT301, or its name.")
    String id;

    @Override
    public Integer call() {
        RuleInfo rule = RuleRegistry.find(id);
        if (rule == null) {
            for (RuleInfo r : RuleRegistry.all()) {
                if (r.name().equalsIgnoreCase(id)) {
                    rule = r;
                }
            }
        }
        if (rule == null) {
            spec.commandLine().getErr().println("headroom: no rule " + id + " (see 'headroom rules')");
            return ExitCode.USAGE.code;
        }
        String doc = RuleDocs.load(rule.id());
        spec.commandLine().getOut().print(rule.id() + " " + rule.name() + " (" + rule.severity().label() + ")\n\n"
                + (doc != null ? doc : rule.summary() + "\n"));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }
}
