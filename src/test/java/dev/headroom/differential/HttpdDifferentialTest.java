package dev.headroom.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.differential.HttpdOracle.HFinding;
import dev.headroom.differential.HttpdOracle.HttpdRun;
import dev.headroom.differential.HttpdOracle.Lint;
import dev.headroom.differential.HttpdOracle.Message;
import dev.headroom.differential.HttpdOracle.Show;

/**
 * Differential test of headroom's MPM arithmetic (shared/domain.md B.1–B.5) against the real
 * {@code apache2 -t -e info}: a fixed-seed set of generated event, worker and prefork
 * configurations, each checked by both; the AH codes httpd prints, the numbers in its
 * adjustment messages and its verdict must all match what headroom reports.
 *
 * <p>Three things are compared per configuration: (1) the set of AH codes; (2) every number
 * httpd names in an adjustment message against headroom's effective value in {@code show}
 * (and, in addition, headroom's message text against httpd's); (3) the verdict, apache2's exit
 * code 0 exactly when headroom reports no error-severity finding. All disagreements are
 * collected and reported together at the end.
 *
 * <p>Only start-up adjustments (the codes {@code -t} prints) are compared. headroom also
 * reports the silent run-time adjustments of B.5 (MaxSpareThreads raised, StartServers capped);
 * they carry no daemonCode and httpd prints nothing for them, so they are left out.
 */
class HttpdDifferentialTest {

    private static final long SEED = 0x4EAD_2002L;
    private static final int PER_MPM = 200;
    private static final int REPORTED = 10;

    private static final List<String> MPMS = List.of("event", "worker", "prefork");

    private static final List<String> THREADED = List.of("ServerLimit", "ThreadLimit",
            "ThreadsPerChild", "MaxRequestWorkers", "MaxClients", "StartServers",
            "MinSpareThreads", "MaxSpareThreads", "MaxConnectionsPerChild", "MaxRequestsPerChild");
    private static final List<String> PREFORK = List.of("ServerLimit", "MaxRequestWorkers",
            "MaxClients", "StartServers", "MinSpareServers", "MaxSpareServers",
            "MaxConnectionsPerChild", "MaxRequestsPerChild");

    /** Arguments glibc atoi reads in surprising ways (domain.md B.2). */
    private static final List<String> ODD_VALUES = List.of("abc", "10abc", "999999999999",
            "-999999999999", "2147483647", "2147483648", "4294967297", "-2147483649", "+8", "007",
            "0x20", "1e3", "-0", "\"32\"", "'48'", "12.9", "99999999999999999999999", "\"  12\"",
            "-", "\"\"", "''");

    /**
     * AH codes apache2 -t -e info may print that have nothing to do with the MPM directives
     * under test, and so are dropped before comparing. It is empty on purpose: on the bare
     * preamble (ServerRoot, Listen, ServerName, PidFile, ErrorLog, LoadModule) apache2 2.4.71
     * prints only "Syntax OK", even at -e info. ServerName avoids AH00558, and -t never opens
     * the listener, the pid file or the error log, so nothing environmental is logged. The
     * default configurations below assert that this stays true.
     */
    private static final Set<String> UNRELATED_CODES = Set.of();

    /** httpd's "Syntax error on line N of FILE:" prefix (see compareOne). */
    private static final String SYNTAX_ERROR = "AH00526";

    /** One generated configuration. */
    record Case(int id, String mpm, String kind, String text, Path file) {
    }

    /** Everything both sides said about one configuration, and what disagreed. */
    record Outcome(Case c, HttpdRun httpd, Lint lint, Show show, boolean codesAgree,
            List<String> problems) {
    }

    @Test
    void mpmAdjustmentsAgreeWithApache2(@TempDir Path tmp) throws Exception {
        Path apache2 = HttpdOracle.apache2();
        List<Case> cases = generate(tmp);
        for (String mpm : MPMS) {
            assertThat(cases.stream().filter(c -> c.mpm().equals(mpm)).count())
                    .as("configurations for %s", mpm).isGreaterThanOrEqualTo(PER_MPM);
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(600);

        long start = System.nanoTime();
        AtomicLong httpdDone = new AtomicLong(start);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpdRun>> pending = new ArrayList<>();
        try {
            for (Case c : cases) {
                pending.add(pool.submit(() -> {
                    HttpdRun run = HttpdOracle.runHttpd(apache2, c.file());
                    httpdDone.accumulateAndGet(System.nanoTime(), Math::max);
                    return run;
                }));
            }
            // headroom runs in this thread while the two apache2 workers go.
            List<Lint> lints = new ArrayList<>();
            List<Show> shows = new ArrayList<>();
            long hStart = System.nanoTime();
            for (Case c : cases) {
                lints.add(HttpdOracle.lint(c.file()));
                shows.add(HttpdOracle.show(c.file()));
            }
            long hNanos = System.nanoTime() - hStart;
            List<HttpdRun> runs = new ArrayList<>();
            for (Future<HttpdRun> f : pending) {
                runs.add(f.get());
            }
            long nanos = System.nanoTime() - start;
            System.out.printf(Locale.ROOT,
                    "differential: %d configurations in %.1f s wall clock: %d apache2 -t runs on "
                            + "2 threads took %.1f s, headroom lint+show in-process (concurrently) "
                            + "%.1f s%n",
                    cases.size(), nanos / 1e9, runs.size(), (httpdDone.get() - start) / 1e9,
                    hNanos / 1e9);

            compare(cases, runs, lints, shows);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- comparison ---------------------------------------------------------------------

    private int valueChecks;
    private int valueAgreements;
    private int messageChecks;
    private int messageAgreements;

    private void compare(List<Case> cases, List<HttpdRun> runs, List<Lint> lints,
            List<Show> shows) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            outcomes.add(compareOne(cases.get(i), runs.get(i), lints.get(i), shows.get(i)));
        }

        // The oracle itself must work: the bare configurations are accepted silently.
        for (Outcome o : outcomes) {
            if (o.c().kind().equals("default")) {
                assertThat(o.httpd().rc()).as("apache2 -t on the bare %s configuration:%n%s",
                        o.c().mpm(), o.httpd().output()).isZero();
                assertThat(o.httpd().messages()).as("apache2 -t on the bare %s configuration",
                        o.c().mpm()).isEmpty();
            }
        }

        int codesAgree = (int) outcomes.stream().filter(Outcome::codesAgree).count();
        int verdictsAgree = (int) outcomes.stream()
                .filter(o -> (o.httpd().rc() == 0) == !o.lint().hasError()).count();
        List<Outcome> bad = outcomes.stream().filter(o -> !o.problems().isEmpty()).toList();

        System.out.printf(Locale.ROOT,
                "differential: %d/%d configurations agree (codes), %d/%d values agree%n",
                codesAgree, outcomes.size(), valueAgreements, valueChecks);
        System.out.printf(Locale.ROOT,
                "differential: %d/%d verdicts agree (apache2 rc 0 <=> no error finding), "
                        + "%d/%d message texts agree, %d/%d configurations agree on everything%n",
                verdictsAgree, outcomes.size(), messageAgreements, messageChecks,
                outcomes.size() - bad.size(), outcomes.size());
        // What was exercised: how many configurations made apache2 print each code.
        Map<String, Integer> seen = new TreeMap<>();
        for (Outcome o : outcomes) {
            o.httpd().messages().stream().map(Message::code).distinct()
                    .forEach(code -> seen.merge(code, 1, Integer::sum));
        }
        System.out.println("differential: apache2 codes exercised (configurations): " + seen);
        Map<String, Integer> byProblem = new TreeMap<>();
        for (Outcome o : bad) {
            for (String p : o.problems()) {
                byProblem.merge(p.replaceAll("-?\\d+", "N"), 1, Integer::sum);
            }
        }
        byProblem.forEach((p, n) -> System.out.printf(Locale.ROOT, "  %4d x %s%n", n, p));

        if (!bad.isEmpty()) {
            StringBuilder report = new StringBuilder();
            report.append(bad.size()).append(" of ").append(outcomes.size())
                    .append(" configurations disagree with apache2 -t (seed ")
                    .append(Long.toHexString(SEED)).append("). The first ")
                    .append(Math.min(REPORTED, bad.size())).append(":\n");
            for (Outcome o : bad.subList(0, Math.min(REPORTED, bad.size()))) {
                report.append(describe(o));
            }
            report.append("\n  All ").append(bad.size()).append(" (id, MPM, first problem; directive lines):\n");
            for (Outcome o : bad) {
                String body = o.c().text().lines().skip(6).map(String::strip)
                        .collect(Collectors.joining(" | "));
                report.append("    #").append(o.c().id()).append(' ').append(o.c().mpm()).append(": ")
                        .append(o.problems().get(0)).append("; ").append(body).append('\n');
            }
            throw new AssertionError(report.toString());
        }
    }

    private Outcome compareOne(Case c, HttpdRun httpd, Lint lint, Show show) {
        List<String> problems = new ArrayList<>();
        List<Message> messages = httpd.messages().stream()
                .filter(m -> !UNRELATED_CODES.contains(m.code())).toList();

        if (lint.exit() != 0) {
            problems.add("headroom lint exited " + lint.exit() + " (expected 0 with --fail-on none)");
        }
        if (show.exit() != 0 || show.service() == null) {
            problems.add("headroom show exited " + show.exit() + " or showed no service");
        } else if (!c.mpm().equals(show.mpm())) {
            problems.add("headroom shows MPM " + show.mpm() + ", the file loads " + c.mpm());
        }

        // (1) the AH codes. AH00526 is not compared as a code: it is the "Syntax error on line
        // N of FILE:" prefix httpd puts on any directive error while walking the tree, and
        // headroom reports such errors as error-severity findings under their own rule IDs,
        // without a daemonCode; assertion (3) compares them. A configuration apache2 refuses
        // stops at its first error, before the MPM's check_config ever runs, while headroom
        // goes on: there, every code apache2 printed before stopping must be reported, and
        // headroom may report more.
        boolean accepted = httpd.rc() == 0;
        Set<String> httpdCodes = messages.stream().map(Message::code)
                .filter(code -> !code.equals(SYNTAX_ERROR))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> headroomCodes = lint.findings().stream().map(HFinding::daemonCode)
                .filter(x -> x != null).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(httpdCodes);
        missing.removeAll(headroomCodes);
        Set<String> extra = new TreeSet<>(headroomCodes);
        extra.removeAll(httpdCodes);
        boolean codesAgree = missing.isEmpty() && (extra.isEmpty() || !accepted);
        if (!missing.isEmpty()) {
            problems.add("codes apache2 printed but headroom did not report: " + missing);
        }
        if (accepted && !extra.isEmpty()) {
            problems.add("codes headroom reported but apache2 did not print: " + extra);
        }

        // (2) the values httpd names in its adjustment messages.
        if (show.service() != null) {
            checkValues(c.mpm(), messages, show, problems);
        }

        // The message texts: headroom keeps httpd's words, minus the "WARNING: " prefix.
        for (String code : httpdCodes) {
            if (!headroomCodes.contains(code)) {
                continue;
            }
            List<String> expected = messages.stream().filter(m -> m.code().equals(code))
                    .map(Message::headroomText).sorted().toList();
            List<String> actual = lint.findings().stream()
                    .filter(f -> code.equals(f.daemonCode())).map(HFinding::message).sorted()
                    .toList();
            messageChecks++;
            boolean same = accepted ? expected.equals(actual) : actual.containsAll(expected);
            if (same) {
                messageAgreements++;
            } else {
                problems.add(code + " text: apache2 " + expected + " vs headroom " + actual);
            }
        }

        // (3) the verdict.
        if (accepted == lint.hasError()) {
            problems.add("verdict: apache2 rc " + httpd.rc() + " but headroom "
                    + (lint.hasError() ? "reports an error" : "reports no error"));
        }
        return new Outcome(c, httpd, lint, show, codesAgree, problems);
    }

    /**
     * Each number httpd names in an adjustment message must be headroom's effective value
     * (domain.md B.3 "Effective values to report", B.4).
     */
    private void checkValues(String mpm, List<Message> messages, Show show, List<String> problems) {
        Set<String> codes = messages.stream().map(Message::code).collect(Collectors.toSet());
        boolean threaded = !mpm.equals("prefork");
        // The code of "MaxRequestWorkers would exceed ServerLimit" for this MPM: when it is
        // printed, the earlier MaxRequestWorkers messages no longer give the final value.
        String exceeds = mpm.equals("event") ? "AH00515" : "AH00318";
        for (Message m : messages) {
            String role = threaded ? threadedRole(mpm, m.code()) : preforkRole(m.code());
            if (role == null) {
                continue;
            }
            List<Long> n = m.numbers();
            Expect e = new Expect(m, show, problems);
            switch (role) {
                case "serverLimitAbove" -> e.setting("ServerLimit", last(n));
                case "serverLimitBelow" -> e.setting("ServerLimit", 1);
                case "threadLimitAbove" -> e.setting("ThreadLimit", last(n));
                case "threadLimitBelow" -> e.setting("ThreadLimit", 1);
                case "tpcAbove" -> {
                    e.setting("ThreadsPerChild", last(n));
                    e.setting("ThreadLimit", n.get(1));
                }
                case "tpcBelow" -> e.setting("ThreadsPerChild", 1);
                case "mrwBelowTpc" -> {
                    // "MaxRequestWorkers of %d is less than ThreadsPerChild of %d, increasing to %d."
                    e.setting("ThreadsPerChild", n.get(1));
                    if (!codes.contains(exceeds)) {
                        e.setting("MaxRequestWorkers", n.get(2));
                        e.limit("processes", 1);
                        e.limit("workers", n.get(2));
                    }
                }
                case "notMultiple" -> {
                    // "... ThreadsPerChild of %d, decreasing to nearest multiple %d, for a maximum of %d servers."
                    e.setting("ThreadsPerChild", n.get(1));
                    if (!codes.contains(exceeds)) {
                        e.setting("MaxRequestWorkers", n.get(2));
                        e.limit("processes", n.get(3));
                        e.limit("workers", n.get(2));
                    }
                }
                case "exceedsServerLimit" -> {
                    // "MaxRequestWorkers of %d would require %d servers and would exceed
                    // ServerLimit of %d, decreasing to %d."
                    e.setting("ServerLimit", n.get(2));
                    e.setting("MaxRequestWorkers", n.get(3));
                    e.limit("processes", n.get(2));
                    e.limit("workers", n.get(3));
                }
                case "preforkExceedsServerLimit" -> {
                    // "MaxRequestWorkers of %d exceeds ServerLimit value of %d servers,
                    // decreasing MaxRequestWorkers to %d."
                    e.setting("ServerLimit", n.get(1));
                    e.setting("MaxRequestWorkers", n.get(2));
                    e.limit("processes", n.get(2));
                }
                case "preforkMrwBelow" -> {
                    e.setting("MaxRequestWorkers", 1);
                    e.limit("processes", 1);
                }
                case "startServersBelow" -> e.setting("StartServers", 1);
                case "minSpareBelow" -> e.setting(threaded ? "MinSpareThreads" : "MinSpareServers", 1);
                default -> throw new IllegalStateException(role);
            }
        }
    }

    /** Records one expected value at a time and counts the agreements. */
    private final class Expect {
        private final Message m;
        private final Show show;
        private final List<String> problems;

        Expect(Message m, Show show, List<String> problems) {
            this.m = m;
            this.show = show;
            this.problems = problems;
        }

        void setting(String name, long expected) {
            check(name, show.setting(name), expected);
        }

        void limit(String name, long expected) {
            check("limits." + name, show.limit(name), expected);
        }

        private void check(String what, Long actual, long expected) {
            valueChecks++;
            if (actual != null && actual == expected) {
                valueAgreements++;
            } else {
                problems.add("after " + m.code() + " httpd's " + what + " is " + expected
                        + ", headroom shows " + actual);
            }
        }
    }

    private static long last(List<Long> n) {
        return n.get(n.size() - 1);
    }

    /** The start-up codes of event and worker (domain.md B.3, B.4), by what they adjust. */
    private static String threadedRole(String mpm, String code) {
        List<String> order = mpm.equals("event")
                ? List.of("AH00497", "AH00499", "AH00502", "AH00504", "AH00507", "AH00509",
                        "AH00511", "AH00513", "AH00515", "AH00517", "AH00519")
                : List.of("AH00300", "AH00302", "AH00305", "AH00307", "AH00310", "AH00312",
                        "AH00314", "AH00316", "AH00318", "AH00320", "AH00322");
        List<String> roles = List.of("serverLimitAbove", "serverLimitBelow", "threadLimitAbove",
                "threadLimitBelow", "tpcAbove", "tpcBelow", "mrwBelowTpc", "notMultiple",
                "exceedsServerLimit", "startServersBelow", "minSpareBelow");
        int i = order.indexOf(code);
        return i < 0 ? null : roles.get(i);
    }

    private static String preforkRole(String code) {
        return switch (code) {
            case "AH00175" -> "serverLimitAbove";
            case "AH00177" -> "serverLimitBelow";
            case "AH00180" -> "preforkExceedsServerLimit";
            case "AH00182" -> "preforkMrwBelow";
            case "AH00184" -> "startServersBelow";
            case "AH00186" -> "minSpareBelow";
            default -> null;
        };
    }

    private static String describe(Outcome o) {
        StringBuilder b = new StringBuilder();
        b.append("\n  #").append(o.c().id()).append(' ').append(o.c().mpm()).append(" (")
                .append(o.c().kind()).append(")\n");
        for (String p : o.problems()) {
            b.append("    - ").append(p).append('\n');
        }
        b.append("    config (").append(o.c().file().getFileName()).append("):\n")
                .append(HttpdOracle.numbered(o.c().text()));
        b.append("    apache2 -t -e info (rc ").append(o.httpd().rc()).append("):\n")
                .append(HttpdOracle.indent(o.httpd().output()));
        b.append(o.lint().describe());
        if (o.show().service() != null) {
            b.append("    headroom show: limits ").append(o.show().service().get("limits"))
                    .append(", settings ");
            var settings = o.show().service().getAsJsonObject("settings");
            List<String> vals = new ArrayList<>();
            for (String k : settings.keySet()) {
                vals.add(k + "=" + settings.getAsJsonObject(k).get("value"));
            }
            b.append(String.join(" ", vals)).append('\n');
        } else {
            b.append("    headroom show:\n").append(HttpdOracle.indent(o.show().raw()));
        }
        return b.toString();
    }

    // ---- generation -----------------------------------------------------------------------

    /** A directive line to write: name (as spelled) and its single argument. */
    record Line(String name, String value) {
    }

    private static List<Case> generate(Path tmp) throws IOException {
        Random rnd = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (String mpm : MPMS) {
            List<String> kinds = new ArrayList<>();
            List<List<Line>> bodies = new ArrayList<>();
            List<String> dirs = mpm.equals("prefork") ? PREFORK : THREADED;

            // Defaults: no directives at all, bare or with empty blocks.
            kinds.add("default");
            bodies.add(List.of());

            // Edge values, one directive each.
            for (String d : dirs) {
                for (String v : edgeValues(mpm)) {
                    kinds.add("edge");
                    bodies.add(List.of(new Line(d, v)));
                }
            }

            // The [RUN] examples of domain.md B.3/B.4, which must stay true.
            for (List<Line> ex : documentedExamples(mpm)) {
                kinds.add("documented");
                bodies.add(ex);
            }

            // int extremes: the products and quotients of check_config at their limits.
            for (List<Line> ex : extremes(mpm)) {
                kinds.add("extreme");
                bodies.add(ex);
            }

            // Targeted arithmetic, then random mixtures to fill up.
            int targeted = 0;
            while (bodies.size() < PER_MPM) {
                String kind;
                List<Line> body;
                int pick = targeted < 60 ? targeted % 6 : 6 + rnd.nextInt(3);
                targeted++;
                if (mpm.equals("prefork")) {
                    switch (pick) {
                        case 0 -> { kind = "prefork-above-serverlimit"; body = preforkAbove(rnd); }
                        case 1 -> { kind = "prefork-below-one"; body = preforkBelow(rnd); }
                        case 2 -> { kind = "aliases"; body = aliases(rnd, dirs, mpm); }
                        case 3 -> { kind = "repeated"; body = repeated(rnd, dirs, mpm); }
                        case 4 -> { kind = "spares"; body = spares(rnd, mpm); }
                        case 5 -> { kind = "odd-values"; body = odd(rnd, dirs); }
                        default -> { kind = "random"; body = random(rnd, dirs, mpm); }
                    }
                } else {
                    switch (pick) {
                        case 0 -> { kind = "not-multiple"; body = notMultiple(rnd, mpm); }
                        case 1 -> { kind = "below-threads-per-child"; body = belowTpc(rnd, mpm); }
                        case 2 -> { kind = "above-serverlimit"; body = aboveServerLimit(rnd, mpm); }
                        case 3 -> { kind = rnd.nextBoolean() ? "aliases" : "repeated";
                            body = kind.equals("aliases") ? aliases(rnd, dirs, mpm) : repeated(rnd, dirs, mpm); }
                        case 4 -> { kind = "spares"; body = spares(rnd, mpm); }
                        case 5 -> { kind = "odd-values"; body = odd(rnd, dirs); }
                        default -> { kind = "random"; body = random(rnd, dirs, mpm); }
                    }
                }
                kinds.add(kind);
                bodies.add(body);
            }

            for (int i = 0; i < bodies.size(); i++) {
                int id = cases.size();
                Path dir = tmp.resolve(String.format(Locale.ROOT, "c%04d", id));
                Files.createDirectories(dir);
                String text = HttpdOracle.preamble(dir, mpm)
                        + render(rnd, mpm, bodies.get(i), kinds.get(i).equals("default") && i == 0);
                if (rnd.nextInt(20) == 0) {
                    text = text.replace("\n", "\r\n");
                }
                Path file = dir.resolve("httpd-" + mpm + ".conf");
                Files.writeString(file, text, StandardCharsets.UTF_8);
                cases.add(new Case(id, mpm, kinds.get(i), text, file));
            }
        }
        return cases;
    }

    private static List<String> edgeValues(String mpm) {
        return mpm.equals("prefork")
                ? List.of("0", "1", "-1", "-5", "200000", "200001", "20000", "20001")
                : List.of("0", "1", "-1", "-5", "20000", "20001", "100000", "100001");
    }

    private static List<List<Line>> documentedExamples(String mpm) {
        List<List<Line>> l = new ArrayList<>();
        switch (mpm) {
            case "event" -> {
                l.add(List.of(new Line("ThreadsPerChild", "65")));
                l.add(List.of(new Line("MaxRequestWorkers", "10")));
                l.add(List.of(new Line("MaxRequestWorkers", "1000")));
                l.add(List.of(new Line("ServerLimit", "0"), new Line("ThreadLimit", "100001"),
                        new Line("ThreadsPerChild", "0")));
                l.add(List.of(new Line("ThreadLimit", "32"), new Line("ThreadsPerChild", "50"),
                        new Line("MaxRequestWorkers", "1000"), new Line("ServerLimit", "10")));
                l.add(List.of(new Line("StartServers", "0"), new Line("MinSpareThreads", "0"),
                        new Line("MaxSpareThreads", "-5")));
                l.add(List.of(new Line("StartServers", "100")));
                l.add(List.of(new Line("MaxRequestWorkers", "401")));
                l.add(List.of(new Line("ServerLimit", "10"), new Line("ServerLimit", "20"),
                        new Line("MaxRequestWorkers", "500")));
            }
            case "worker" -> {
                l.add(List.of(new Line("ServerLimit", "20001"), new Line("ThreadLimit", "20001")));
                l.add(List.of(new Line("ThreadsPerChild", "30"), new Line("MaxRequestWorkers", "100")));
                l.add(List.of(new Line("ThreadLimit", "0"), new Line("MaxRequestWorkers", "3000")));
            }
            default -> {
                l.add(List.of(new Line("ServerLimit", "200001")));
                l.add(List.of(new Line("MaxRequestWorkers", "300")));
                l.add(List.of(new Line("MaxRequestWorkers", "0"), new Line("StartServers", "-1"),
                        new Line("MinSpareServers", "0"), new Line("MaxSpareServers", "0")));
                l.add(List.of(new Line("ServerLimit", "100000"), new Line("MaxRequestWorkers", "100000")));
                l.add(List.of(new Line("MaxRequestWorkers", "abc")));
                l.add(List.of(new Line("MaxRequestWorkers", "999999999999")));
            }
        }
        return l;
    }

    private static List<List<Line>> extremes(String mpm) {
        List<List<Line>> l = new ArrayList<>();
        if (mpm.equals("prefork")) {
            l.add(List.of(new Line("ServerLimit", "-2147483648"), new Line("MaxRequestWorkers", "2147483647")));
            l.add(List.of(new Line("ServerLimit", "200000"), new Line("MaxRequestWorkers", "200000"),
                    new Line("StartServers", "2147483647"), new Line("MinSpareServers", "-2147483648"),
                    new Line("MaxSpareServers", "2147483647")));
            l.add(List.of(new Line("MaxRequestWorkers", "-2147483648"), new Line("StartServers", "0")));
            return l;
        }
        String tl = mpm.equals("event") ? "100000" : "20000";
        l.add(List.of(new Line("ServerLimit", "20000"), new Line("ThreadLimit", tl),
                new Line("ThreadsPerChild", tl), new Line("MaxRequestWorkers", "2147483647")));
        l.add(List.of(new Line("ServerLimit", "2147483647"), new Line("ThreadLimit", "2147483647"),
                new Line("ThreadsPerChild", "2147483647"), new Line("MaxRequestWorkers", "2147483647")));
        l.add(List.of(new Line("ServerLimit", "20000"), new Line("ThreadLimit", tl),
                new Line("ThreadsPerChild", "19999"), new Line("MaxRequestWorkers", "-2147483648")));
        l.add(List.of(new Line("ThreadsPerChild", "-2147483648"), new Line("ThreadLimit", "-2147483648"),
                new Line("MinSpareThreads", "-2147483648"), new Line("MaxSpareThreads", "2147483647")));
        l.add(List.of(new Line("ServerLimit", "20000"), new Line("ThreadLimit", tl),
                new Line("ThreadsPerChild", "99999"), new Line("MaxClients", "2000000000")));
        return l;
    }

    private static int between(Random rnd, int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    private static String mrw(Random rnd) {
        return rnd.nextInt(5) == 0 ? "MaxClients" : "MaxRequestWorkers";
    }

    private static List<Line> notMultiple(Random rnd, String mpm) {
        List<Line> l = new ArrayList<>();
        int tpc = between(rnd, 2, 128);
        int k = between(rnd, 1, 40);
        int mrw = tpc * k + between(rnd, 1, tpc - 1);
        l.add(new Line("ThreadsPerChild", Integer.toString(tpc)));
        l.add(new Line(mrw(rnd), Integer.toString(mrw)));
        if (tpc > 64 || rnd.nextInt(3) == 0) {
            // Usually enough ThreadLimit; sometimes too little, to chain AH00507 into AH00513.
            l.add(new Line("ThreadLimit", Integer.toString(rnd.nextInt(4) == 0
                    ? between(rnd, 1, tpc) : between(rnd, tpc, 256))));
        }
        if (rnd.nextBoolean()) {
            l.add(new Line("ServerLimit", Integer.toString(between(rnd, 1, 48))));
        }
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Line> belowTpc(Random rnd, String mpm) {
        List<Line> l = new ArrayList<>();
        int tpc = between(rnd, 2, 250);
        l.add(new Line("ThreadsPerChild", Integer.toString(tpc)));
        l.add(new Line("ThreadLimit", Integer.toString(between(rnd, tpc - 1, tpc + 50))));
        l.add(new Line(mrw(rnd), Integer.toString(between(rnd, -5, tpc - 1))));
        if (rnd.nextBoolean()) {
            l.add(new Line("ServerLimit", Integer.toString(between(rnd, -1, 20))));
        }
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Line> aboveServerLimit(Random rnd, String mpm) {
        List<Line> l = new ArrayList<>();
        int sl = between(rnd, 1, 40);
        int tpc = between(rnd, 1, 100);
        int mrw = sl * tpc + (rnd.nextBoolean() ? tpc * between(rnd, 1, 50)
                : between(rnd, 1, 5000));
        l.add(new Line("ServerLimit", Integer.toString(sl)));
        l.add(new Line("ThreadsPerChild", Integer.toString(tpc)));
        l.add(new Line("ThreadLimit", Integer.toString(rnd.nextInt(4) == 0
                ? between(rnd, 1, tpc) : Math.max(tpc, 64))));
        l.add(new Line(mrw(rnd), Integer.toString(mrw)));
        if (rnd.nextBoolean()) {
            l.add(new Line("StartServers", Integer.toString(between(rnd, -2, 60))));
        }
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Line> preforkAbove(Random rnd) {
        List<Line> l = new ArrayList<>();
        int sl = between(rnd, -2, 600);
        l.add(new Line("ServerLimit", Integer.toString(sl)));
        l.add(new Line(mrw(rnd), Integer.toString(Math.max(sl, 0) + between(rnd, 1, 2000))));
        if (rnd.nextBoolean()) {
            l.add(new Line("StartServers", Integer.toString(between(rnd, -2, 700))));
        }
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Line> preforkBelow(Random rnd) {
        List<Line> l = new ArrayList<>();
        l.add(new Line(mrw(rnd), Integer.toString(between(rnd, -100, 0))));
        if (rnd.nextBoolean()) {
            l.add(new Line("ServerLimit", Integer.toString(between(rnd, -3, 300))));
        }
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Line> aliases(Random rnd, List<String> dirs, String mpm) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("MaxClients", value(rnd, "MaxRequestWorkers", mpm)));
        l.add(new Line("MaxRequestsPerChild", value(rnd, "MaxConnectionsPerChild", mpm)));
        if (rnd.nextBoolean()) {
            // Alias and canonical name both set: the last one wins.
            l.add(new Line(rnd.nextBoolean() ? "MaxRequestWorkers" : "MaxConnectionsPerChild",
                    Integer.toString(between(rnd, 1, 3000))));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            String d = dirs.get(rnd.nextInt(dirs.size()));
            l.add(new Line(d, value(rnd, d, mpm)));
        }
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Line> repeated(Random rnd, List<String> dirs, String mpm) {
        List<Line> l = new ArrayList<>();
        int n = between(rnd, 1, 3);
        for (int i = 0; i < n; i++) {
            String d = dirs.get(rnd.nextInt(dirs.size()));
            for (int r = between(rnd, 2, 3); r > 0; r--) {
                l.add(new Line(d, value(rnd, d, mpm)));
            }
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            String d = dirs.get(rnd.nextInt(dirs.size()));
            l.add(new Line(d, value(rnd, d, mpm)));
        }
        if (rnd.nextBoolean()) {
            Collections.shuffle(l, rnd);
        }
        return l;
    }

    private static List<Line> spares(Random rnd, String mpm) {
        List<Line> l = new ArrayList<>();
        List<String> names = mpm.equals("prefork")
                ? List.of("StartServers", "MinSpareServers", "MaxSpareServers")
                : List.of("StartServers", "MinSpareThreads", "MaxSpareThreads");
        for (String d : names) {
            if (rnd.nextInt(5) != 0) {
                l.add(new Line(d, Integer.toString(rnd.nextInt(3) == 0 ? between(rnd, -10, 1)
                        : between(rnd, -2, 400))));
            }
        }
        if (rnd.nextBoolean()) {
            l.add(new Line("MaxConnectionsPerChild", Integer.toString(between(rnd, -10, 100000))));
        }
        if (!mpm.equals("prefork") && rnd.nextBoolean()) {
            l.add(new Line("ThreadsPerChild", Integer.toString(between(rnd, 1, 64))));
        }
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Line> odd(Random rnd, List<String> dirs) {
        List<Line> l = new ArrayList<>();
        for (int i = between(rnd, 1, 3); i > 0; i--) {
            String d = dirs.get(rnd.nextInt(dirs.size()));
            l.add(new Line(d, ODD_VALUES.get(rnd.nextInt(ODD_VALUES.size()))));
        }
        return l;
    }

    private static List<Line> random(Random rnd, List<String> dirs, String mpm) {
        List<Line> l = new ArrayList<>();
        for (int i = between(rnd, 1, 8); i > 0; i--) {
            String d = dirs.get(rnd.nextInt(dirs.size()));
            l.add(new Line(d, value(rnd, d, mpm)));
            if (rnd.nextInt(10) == 0) {
                l.add(new Line(d, value(rnd, d, mpm)));
            }
        }
        return l;
    }

    private static String value(Random rnd, String directive, String mpm) {
        int p = rnd.nextInt(100);
        if (p < 15) {
            List<String> e = edgeValues(mpm);
            return e.get(rnd.nextInt(e.size()));
        }
        if (p < 25) {
            return ODD_VALUES.get(rnd.nextInt(ODD_VALUES.size()));
        }
        if (p < 45) {
            return Integer.toString(between(rnd, -10, 3000));
        }
        return Integer.toString(switch (directive) {
            case "ServerLimit" -> mpm.equals("prefork") ? between(rnd, 1, 1024) : between(rnd, 1, 64);
            case "ThreadLimit" -> between(rnd, 1, 256);
            case "ThreadsPerChild" -> between(rnd, 1, 128);
            case "MaxRequestWorkers", "MaxClients" -> between(rnd, 1, 2500);
            case "StartServers" -> between(rnd, 0, 20);
            case "MinSpareThreads", "MaxSpareThreads" -> between(rnd, -2, 400);
            case "MinSpareServers", "MaxSpareServers" -> between(rnd, -2, 40);
            default -> between(rnd, 0, 10000);
        });
    }

    /**
     * The body of the file: the lines at top level, in {@code <IfModule>} blocks that hold
     * (mpm_X_module, X.c, !other), sometimes with names in another case, sometimes with a
     * block that does not hold and whose contents httpd never reads.
     */
    private static String render(Random rnd, String mpm, List<Line> lines, boolean bare) {
        StringBuilder b = new StringBuilder();
        if (bare) {
            return "";
        }
        String other = mpm.equals("prefork") ? (rnd.nextBoolean() ? "event" : "worker") : "prefork";
        String[] live = {
            "<IfModule mpm_" + mpm + "_module>",
            "<IfModule " + mpm + ".c>",
            "<IfModule !mpm_" + other + "_module>",
            "<IfModule \"mpm_" + mpm + "_module\">",
        };
        int layout = rnd.nextInt(100);
        if (lines.isEmpty()) {
            if (layout < 50) {
                b.append(live[rnd.nextInt(2)]).append("\n</IfModule>\n");
            }
            return b.toString();
        }
        if (layout < 40) {
            for (Line l : lines) {
                b.append(directive(rnd, l, "")).append('\n');
            }
        } else if (layout < 65) {
            b.append(live[0]).append('\n');
            for (Line l : lines) {
                b.append(directive(rnd, l, "    ")).append('\n');
            }
            b.append("</IfModule>\n");
        } else if (layout < 80) {
            b.append(live[1]).append('\n');
            for (Line l : lines) {
                b.append(directive(rnd, l, "\t")).append('\n');
            }
            b.append("</IfModule>\n");
        } else {
            // Each line in a randomly chosen place; neighbours in the same place share a block.
            int open = -1;
            for (Line l : lines) {
                int place = rnd.nextInt(live.length + 1) - 1;
                if (place != open) {
                    if (open >= 0) {
                        b.append("</IfModule>\n");
                    }
                    if (place >= 0) {
                        b.append(live[place]).append('\n');
                    }
                    open = place;
                }
                b.append(directive(rnd, l, open >= 0 ? "  " : "")).append('\n');
            }
            if (open >= 0) {
                b.append("</IfModule>\n");
            }
        }
        if (rnd.nextInt(8) == 0) {
            // A block that does not hold: its directives must be ignored by both.
            String[] dead = {"<IfModule mpm_" + other + "_module>", "<IfModule nonexist_module>",
                "<IfModule !" + mpm + ".c>", "<IfModule " + mpm + ">"};
            String d = mpm.equals("prefork") ? "MaxRequestWorkers" : "ThreadsPerChild";
            String block = dead[rnd.nextInt(dead.length)] + "\n    ServerLimit 0\n    " + d
                    + " 999999\n    StartServers -3\n</IfModule>\n";
            if (rnd.nextBoolean()) {
                b.insert(0, block);
            } else {
                b.append(block);
            }
        }
        return b.toString();
    }

    private static String directive(Random rnd, Line l, String indent) {
        String name = l.name();
        int c = rnd.nextInt(100);
        if (c < 6) {
            name = name.toLowerCase(Locale.ROOT);
        } else if (c < 9) {
            name = name.toUpperCase(Locale.ROOT);
        }
        int s = rnd.nextInt(100);
        String sep = s < 8 ? "\t" : s < 13 ? " \\\n    " : " ";
        String trailing = rnd.nextInt(20) == 0 ? " \t " : "";
        return indent + name + sep + l.value() + trailing;
    }
}
