package dev.headroom.cli;

import java.util.List;

/**
 * headroom's subcommands, by name, in the order help lists them. They are registered in code,
 * not through {@code @Command(subcommands = ...)}, so that a run builds picocli's model of the
 * one command it runs and not of all ten: reading the annotations of the nine others cost
 * about 16 ms of every cold start (README, Performance). Help, completion and a mistyped name get the whole tree.
 */
final class Subcommands {

    /** Each subcommand's {@code @Command} name; {@code SubcommandsTest} holds the two in step. */
    static final List<String> NAMES = List.of("lint", "show", "budget", "plan", "tune", "apply", "rollback", "rules",
            "explain", "generate-completion");

    /** A new instance of the subcommand of that name (a switch: a lambda each would cost more). */
    static Object make(String name) {
        return switch (name) {
            case "lint" -> new LintCommand();
            case "show" -> new ShowCommand();
            case "budget" -> new BudgetCommand();
            case "plan" -> new PlanCommand();
            case "tune" -> new TuneCommand();
            case "apply" -> new ApplyCommand();
            case "rollback" -> new RollbackCommand();
            case "rules" -> new RulesCommand();
            case "explain" -> new ExplainCommand();
            case "generate-completion" -> new CompletionCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** The root's own options that take no value; anything else before the name means "all". */
    private static final java.util.Set<String> ROOT_FLAGS = java.util.Set.of("--debug");

    /** What {@link #only} returns for {@code headroom --version}: build no subcommand at all. */
    static final String NONE = "";

    private Subcommands() {
    }

    /**
     * The subcommand a command line runs, when only that one needs building; {@link #NONE} for
     * the root's version alone; null when the line asks for the root's help, names no
     * subcommand, names one that does not exist (the nearest of all is suggested), or asks for
     * a completion script.
     */
    static String only(String... args) {
        if (versionOnly(args)) {
            return NONE;
        }
        for (String a : args) {
            if (ROOT_FLAGS.contains(a)) {
                continue;
            }
            if (!NAMES.contains(a) || a.equals("generate-completion")) {
                return null;
            }
            return a;
        }
        return null;
    }

    private static boolean versionOnly(String... args) {
        boolean version = false;
        for (String a : args) {
            if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (!ROOT_FLAGS.contains(a)) {
                return false;
            }
        }
        return version;
    }
}
