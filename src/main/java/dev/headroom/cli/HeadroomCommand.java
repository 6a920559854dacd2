package dev.headroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The thin root command: global options; {@link Subcommands} holds the subcommands. */
@Command(name = "headroom", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Keeps small servers from running out of memory: reads daemon configurations, "
                + "works out what each will really run with, and explains what does not fit.",
        footer = {"", "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage error, "
                + "3 an input could not be read, 4 internal error; budget: 0 every scenario fits, 1 one does not."})
public final class HeadroomCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    boolean debug;

    /** The environment the HEADROOM_* settings and the user's config directory are read from. */
    java.util.Map<String, String> environment = System.getenv();

    /** Whether stderr is a terminal (progress bars); only {@link Main#main} can know, tests never are. */
    boolean stderrTerminal;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = HeadroomCommand.class.getResourceAsStream("/dev/headroom/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p.getProperty("version", "unknown");
    }

    /** Reads the version Maven wrote into the jar. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"headroom " + version()};
        }
    }
}
