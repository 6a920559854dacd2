package dev.headroom.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Entry point. {@link #run} never calls System.exit, so tests can drive the whole CLI. */
public final class Main {

    static final String REPORT_URL = "https://github.com/headroom-dev/headroom/issues";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.exit(run(out, System.err, System.getenv(), ProgressBar.stderrIsTerminal(), args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /**
     * @param env the environment to read HEADROOM_* and XDG_CONFIG_HOME/HOME from (tests pass
     *            their own, so the real one is never changed)
     */
    public static int run(PrintStream out, PrintStream err, java.util.Map<String, String> env, String... args) {
        return run(out, err, env, false, args);
    }

    /** @param stderrTerminal whether err is this process's stderr and that is a terminal */
    static int run(PrintStream out, PrintStream err, java.util.Map<String, String> env, boolean stderrTerminal,
            String... args) {
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = commandLine(o, e, Subcommands.only(args));
        ((HeadroomCommand) cl.getCommand()).environment = env;
        ((HeadroomCommand) cl.getCommand()).stderrTerminal = stderrTerminal;
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError crash) {
            // Never exit 1 ("findings") for a crash; 4 is "internal error".
            e.println("headroom: internal error: " + crash + "; the input is larger than this JVM's "
                    + "memory allows (raise it with HEADROOM_JAVA_OPTS=-Xmx512m). Please report it at "
                    + REPORT_URL);
            return ExitCode.INTERNAL.code;
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** The whole command tree: help, completion scripts and man pages are made from it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The root with only the subcommand {@code only}, with none for {@link Subcommands#NONE}, or
     * with all of them when it is null.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String only) {
        HeadroomCommand root = new HeadroomCommand();
        CommandLine cl = new CommandLine(root);
        for (String name : Subcommands.NAMES) {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, Subcommands.make(name));
            }
        }
        if (only == null) {
            // headroom help [COMMAND], as git has it: the whole tree is there to be shown
            cl.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Failures failures = new Failures(root);
        cl.setExitCodeExceptionMapper(failures);
        cl.setParameterExceptionHandler(failures);
        cl.setExecutionExceptionHandler(failures);
        return cl;
    }

    /**
     * What a usage error or a crash prints and returns. A class, not three lambdas: picocli's
     * handler interfaces are Java 5 class files, and a lambda implementing one cannot be kept
     * in the class-data-sharing archive, so each would be spun anew on every start.
     */
    private static final class Failures implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {

        private final HeadroomCommand root;

        Failures(HeadroomCommand root) {
            this.root = root;
        }

        @Override
        public int getExitCode(Throwable exception) {
            return ExitCode.INTERNAL.code;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("headroom: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, c.getErr());
            }
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine c, CommandLine.ParseResult parsed) {
            c.getErr().println("headroom: internal error: " + ex);
            if (root.debug) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("This is a bug in headroom. Please report it at " + REPORT_URL
                        + " (run again with --debug for the stack trace).");
            }
            return ExitCode.INTERNAL.code;
        }
    }
}
