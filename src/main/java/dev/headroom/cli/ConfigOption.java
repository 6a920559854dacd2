package dev.headroom.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import dev.headroom.config.ConfigException;
import dev.headroom.config.RunConfig;
import dev.headroom.config.Setting;
import dev.headroom.config.SeverityOverride;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleFilter;
import dev.headroom.rules.RuleRegistry;
import dev.headroom.rules.RuleSettings;
import dev.headroom.rules.SeverityOverrides;

/**
 * {@code --config FILE}, and the run's configuration: the flags over the {@code HEADROOM_*}
 * environment over the {@code .headroom.ini} ({@link RunConfig}), with every rule ID it names
 * checked against the registry where it was written.
 */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from FILE instead of searching for .headroom.ini "
                    + "(also HEADROOM_CONFIG).")
    Path config;

    /**
     * @param start where the search for .headroom.ini starts
     * @throws ConfigException with the message to print (exit code 2)
     */
    RunConfig load(CommandSpec spec, Path start, RunConfig.Flags flags) throws ConfigException {
        RunConfig c = RunConfig.load(config, start, environment(spec), flags);
        checkIds(c.select(), c.selectIds());
        checkIds(c.ignore(), c.ignoreIds());
        for (SeverityOverride o : c.severities()) {
            checkIds(new Setting(o.rule(), o.where()), List.of(o.rule()));
        }
        return c;
    }

    /**
     * {@link #load}, or null once the mistake has been printed on the command's stderr (the
     * caller then exits 2).
     */
    RunConfig loadOrSay(CommandSpec spec, Path start, RunConfig.Flags flags) {
        try {
            return load(spec, start, flags);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return null;
        }
    }

    /** The rule filter of a configuration. */
    private static RuleFilter filter(RunConfig c) {
        return new RuleFilter(c.selectIds(), c.ignoreIds());
    }

    /** The rules a run with this configuration checks, at the severities it gives them. */
    static RuleSettings rules(RunConfig c) {
        return new RuleSettings(filter(c), severities(c));
    }

    private static SeverityOverrides severities(RunConfig c) {
        Map<String, Severity> m = new java.util.LinkedHashMap<>();
        for (SeverityOverride o : c.severities()) {
            m.put(o.rule(), Severity.parse(o.level()));
        }
        return new SeverityOverrides(m);
    }

    /** The root command's environment (tests inject one through {@link Main#run}). */
    static Map<String, String> environment(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof HeadroomCommand h ? h.environment : System.getenv();
    }

    private static void checkIds(Setting s, List<String> ids) throws ConfigException {
        if (s == null) {
            return;
        }
        List<String> unknown = new RuleFilter(ids, List.of()).unknown(RuleRegistry.all());
        if (unknown.isEmpty()) {
            return;
        }
        String what = "no rule matches " + String.join(", ", unknown) + " (see 'headroom rules')";
        // A flag's mistake reads as before; a file's or variable's says where it was written.
        throw new ConfigException(s.where().startsWith("--") ? "headroom: " + what
                : s.where() + ": error: " + what);
    }
}
