package dev.headroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

import dev.headroom.config.ConfigException;
import dev.headroom.config.RunConfig;
import dev.headroom.model.Severity;
import dev.headroom.report.FleetReport;
import dev.headroom.report.HostOutcome;
import dev.headroom.report.LintFormat;
import dev.headroom.rules.RuleRegistry;

/**
 * {@code lint --hosts DIR}: every host of a {@link Fleet} linted in this one JVM, on a bounded
 * pool of threads (one per processor unless {@code --jobs}), then one report in host order.
 * Each host is linted as {@code lint --root DIR/NAME --facts DIR/NAME.ini} would lint it, with
 * the configuration that run would find ({@code --config}, else the nearest .headroom.ini from
 * the host's root up, so DIR's own serves every host that has none of its own).
 *
 * <p>One JVM because a lint of one host is mostly JVM start-up and class loading (DESIGN.md's
 * start-up budget): 200 processes pay that 200 times, 200 hosts in one process pay it once and
 * then run warm. A host that cannot be read, or on which headroom fails, is that host's exit
 * code (3, 4) and its errors; the others are still linted, and the run exits with the worst.
 *
 * <p>Thread safety: the workers share only immutable state. The rule registry holds stateless
 * rules; the static tables (MPM directives, httpd's EXEC_ON_READ, MySQL's option names,
 * php-fpm's options) are filled in static initialisers, which the JVM runs once under its
 * class-initialisation lock; the lazily loaded catalogues (ClamAV options, systemd unit keys,
 * the clamd engine model, the budget's estimates) are published through volatile fields and
 * load the same immutable value if two threads race; ClamConfig's pattern cache is a
 * ConcurrentHashMap; ANTLR's shared DFA caches are synchronised by the runtime. Per-read caches
 * (UnitPaths' listings, ClamavReader's databases) belong to one reader, so to one host.
 */
final class FleetLint {

    /** A host's run configuration, found from its root as {@code lint --root} finds it. */
    interface Settings {
        RunConfig at(Path root) throws ConfigException;
    }

    private final CommandSpec spec;
    private final Settings settings;
    private final int jobs;
    private final Integer peers;

    /**
     * @param jobs  the --jobs value, or null for one per processor
     * @param peers the --peers value, or null
     */
    FleetLint(CommandSpec spec, Settings settings, Integer jobs, Integer peers) {
        this.spec = spec;
        this.settings = settings;
        this.jobs = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        this.peers = peers;
    }

    /**
     * What is wrong with the command line, or null: --hosts names the roots itself, so PATHs,
     * --root, --facts and --lang have no place beside it; --jobs only means something with it.
     */
    static String misuse(ParseResult parsed, Path hosts, Integer jobs, boolean paths) {
        if (hosts == null) {
            return jobs == null ? null : "--jobs is for --hosts DIR (the hosts linted at once)";
        }
        if (jobs != null && jobs < 1) {
            return "--jobs must be 1 or more, not " + jobs;
        }
        if (paths) {
            return "--hosts DIR cannot be combined with PATHs: each host directory is checked whole";
        }
        for (String o : List.of("--root", "--facts", "--lang")) {
            if (parsed.hasMatchedOption(o)) {
                return "--hosts DIR cannot be combined with " + o
                        + ": each DIR/NAME is a host's root, and DIR/NAME.ini its facts";
            }
        }
        return null;
    }

    /** Lints the fleet, writes the report, prints each host's errors, and returns the worst exit code. */
    int run(Path dir, LintFormat format, Path output) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Fleet fleet;
        try {
            fleet = Fleet.read(dir);
        } catch (IOException e) {
            err.println(dir + ": error: cannot list the host directories: " + e);
            return ExitCode.INPUT.code;
        }
        if (fleet.hosts().isEmpty()) {
            err.println(dir + ": error: no host directories; --hosts DIR wants one directory per host, "
                    + "DIR/NAME, each a snapshot of that host's root");
            return ExitCode.INPUT.code;
        }
        List<Throwable> crashes = new ArrayList<>();
        List<HostOutcome> outcomes = lintAll(fleet.hosts(), crashes, ProgressBar.on(err, fleet.hosts().size(),
                showProgress()));
        FleetReport report = new FleetReport(outcomes, HeadroomCommand.version());
        String text = switch (format) {
            case text -> report.text(Output.style(output));
            case json -> report.json();
            case sarif -> report.sarif(RuleRegistry.all(), dir);
            case github -> report.github();
            case checkstyle -> report.checkstyle();
        };
        Output.write(text, output, spec.commandLine().getOut());
        int worst = ExitCode.OK.code;
        for (HostOutcome o : outcomes) {
            for (String e : o.errors()) {
                err.println(o.host() + ": " + e);
            }
            worst = Math.max(worst, o.exit());
        }
        if (!crashes.isEmpty()) {
            if (debug()) {
                crashes.forEach(t -> t.printStackTrace(err));
            } else {
                err.println("This is a bug in headroom. Please report it at " + Main.REPORT_URL
                        + " (run again with --debug for the stack trace).");
            }
        }
        return worst;
    }

    /** Every host, {@code jobs} at a time; the outcomes in the hosts' order, whatever order they finish in. */
    List<HostOutcome> lintAll(List<Fleet.Host> hosts, List<Throwable> crashes, ProgressBar bar) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, hosts.size()), r -> {
            Thread t = new Thread(r, "headroom-host-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        bar.start();
        try {
            List<Future<HostOutcome>> futures = new ArrayList<>();
            Throwable[] crash = new Throwable[hosts.size()];
            for (int i = 0; i < hosts.size(); i++) {
                Fleet.Host h = hosts.get(i);
                int index = i;
                HostLint lint;
                try {
                    lint = lint(settings.at(h.root()));
                } catch (ConfigException e) {
                    // This host's own .headroom.ini is wrong: what lint --root would say of it, exit 2.
                    HostOutcome refused = new HostOutcome(h.name(), List.of(), List.of(e.getMessage()),
                            ExitCode.USAGE.code);
                    futures.add(CompletableFuture.completedFuture(refused));
                    bar.step();
                    continue;
                }
                futures.add(pool.submit(() -> {
                    try {
                        return lintOne(lint, h, crash, index);
                    } finally {
                        bar.step();
                    }
                }));
            }
            List<HostOutcome> outcomes = new ArrayList<>();
            for (Future<HostOutcome> f : futures) {
                outcomes.add(f.get());
            }
            for (Throwable t : crash) {
                if (t != null) {
                    crashes.add(t);
                }
            }
            return outcomes;
        } catch (ExecutionException e) {
            // Only an Error other than a stack overflow gets here (OutOfMemoryError): Main reports it.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting the hosts", e);
        } finally {
            pool.shutdownNow();
            bar.finish();
        }
    }

    private HostLint lint(RunConfig settings) {
        String level = settings.failOnOr(LintCommand.FailOn.warning.name());
        return new HostLint(ConfigOption.rules(settings),
                level.equals(LintCommand.FailOn.none.name()) ? null : Severity.parse(level), settings.reserveValue(),
                peers);
    }

    /**
     * One host; a bug met on it is that host's exit code 4 and its error line, and the other
     * hosts go on. (The array slot is this host's alone, and {@link Future#get} publishes it.)
     */
    private static HostOutcome lintOne(HostLint lint, Fleet.Host h, Throwable[] crash, int index) {
        try {
            return lint.lint(h);
        } catch (RuntimeException | StackOverflowError e) {
            crash[index] = e;
            return new HostOutcome(h.name(), List.of(), List.of("headroom: internal error: " + e), ExitCode.INTERNAL.code);
        }
    }

    private boolean showProgress() {
        if (!(spec.root().userObject() instanceof HeadroomCommand root) || !root.stderrTerminal) {
            return false;
        }
        String term = root.environment.get("TERM");
        return term == null || !term.equals("dumb");
    }

    private boolean debug() {
        return spec.root().userObject() instanceof HeadroomCommand root && root.debug;
    }
}
