package dev.headroom.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.budget.Budget;
import dev.headroom.budget.BudgetBuilder;
import dev.headroom.budget.HttpdSizing;
import dev.headroom.budget.Scenario;
import dev.headroom.model.HostFacts;
import dev.headroom.model.Workspace;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.httpd.MpmSettings;
import dev.headroom.model.httpd.MpmWhatIf;

/**
 * Acceptance 3 of the budget: the sizing proposal is right by construction. For generated MPM
 * configurations (prefork, worker, event) and RAM sizes, whenever the worst scenario does not
 * fit and headroom proposes new values:
 * <ul>
 * <li>the configuration with the proposed values appended passes {@code apache2 -t} with no
 * {@code AH} message at all (httpd keeps every value as written);</li>
 * <li>the budget recomputed with them fits, and with one more child it does not.</li>
 * </ul>
 * Run: {@code mvn -o -q test -Dtest=HttpdSizingDifferentialTest}; the agreement figure is printed.
 */
class HttpdSizingDifferentialTest {

    private static final long SEED = 20261123L;
    private static final long M = 1L << 20;

    @Test
    void proposalsAreKeptByHttpdAndFitTheBudget(@TempDir Path tmp) throws Exception {
        Path apache2 = HttpdOracle.apache2();
        Random rnd = new Random(SEED);
        int proposals = 0;
        int cases = 0;
        int noProposal = 0;
        List<String> failures = new ArrayList<>();
        for (String mpm : List.of("event", "worker", "prefork")) {
            for (int i = 0; i < 25; i++) {
                cases++;
                Path dir = Files.createDirectories(tmp.resolve(mpm + "-" + i));
                Map<String, Integer> mpmValues = values(mpm, rnd);
                StringBuilder conf = new StringBuilder(HttpdOracle.preamble(dir, mpm));
                mpmValues.forEach((k, v) -> conf.append(k).append(' ').append(v).append('\n'));
                Path file = dir.resolve("httpd.conf");
                Files.writeString(file, conf);
                long child = (4 + rnd.nextInt(120)) * M;
                long others = rnd.nextInt(1500) * M;
                long ram = (256 + rnd.nextInt(3840)) * M;
                HostFacts facts = new HostFacts(ram, 0L, 1, Map.of("httpd.child", child, "httpd.parent", 6 * M,
                        "others", others), "generated");
                Workspace ws = Workspace.files(Path.of("/"), List.of(file), dir, "httpd").withFacts(facts);
                HttpdConfig c = ws.httpd().get(0);
                if (c.mpm() == null || !MpmWhatIf.quiet(c.mpm())) {
                    failures.add(file + ": httpd adjusts the generated configuration itself: " + c.mpm());
                    continue;
                }
                Budget b = BudgetBuilder.of(ws, null, null);
                HttpdSizing.Proposal p = HttpdSizing.propose(b, c, facts);
                if (p == null) {
                    noProposal++;
                    continue;
                }
                proposals++;
                StringBuilder edited = new StringBuilder(conf);
                p.edits().forEach((d, v) -> edited.append(d.directive).append(' ').append(v).append('\n'));
                Files.writeString(file, edited);
                HttpdOracle.HttpdRun run = HttpdOracle.runHttpd(apache2, file);
                if (run.rc() != 0 || !run.messages().isEmpty()) {
                    failures.add(file + " with " + p.edits() + ": apache2 -t said (rc " + run.rc() + "):\n"
                            + run.output());
                }
                if (!p.after().fits()) {
                    failures.add(file + " with " + p.edits() + ": the recomputed budget does not fit");
                }
                int n = p.settings().maxProcesses();
                MpmSettings more = MpmWhatIf.run(c, HttpdSizing.edits(c.mpm(), n + 1));
                if (more.maxProcesses() != n + 1 || HttpdSizing.with(b, c, more, facts).scenario(Scenario.WORST).fits()) {
                    failures.add(file + " with " + p.edits() + ": one child more (" + (n + 1) + ") still fits");
                }
            }
        }
        System.out.printf("httpd sizing: %d/%d proposals kept by apache2 -t and fitting (%d cases, %d without a"
                + " proposal)%n", proposals - failures.size(), proposals, cases, noProposal);
        assertThat(failures).isEmpty();
        assertThat(proposals).as("cases that needed a proposal").isGreaterThanOrEqualTo(cases / 3);
    }

    /**
     * Values httpd keeps without a message (its silent run-time adjustments aside), so that any
     * message comes from the proposal.
     */
    private static Map<String, Integer> values(String mpm, Random rnd) {
        Map<String, Integer> v = new LinkedHashMap<>();
        if (mpm.equals("prefork")) {
            int mrw = 10 + rnd.nextInt(400);
            v.put("ServerLimit", Math.max(mrw, 256));
            v.put("MaxRequestWorkers", mrw);
            v.put("StartServers", 1 + rnd.nextInt(5));
            v.put("MinSpareServers", 1 + rnd.nextInt(5));
            v.put("MaxSpareServers", 10 + rnd.nextInt(10));
        } else {
            int tpc = List.of(5, 10, 25, 50, 64).get(rnd.nextInt(5));
            int processes = 2 + rnd.nextInt(30);
            v.put("ServerLimit", processes + rnd.nextInt(8));
            v.put("ThreadLimit", Math.max(64, tpc));
            v.put("ThreadsPerChild", tpc);
            v.put("MaxRequestWorkers", processes * tpc);
            v.put("StartServers", 1 + rnd.nextInt(3));
            v.put("MinSpareThreads", tpc);
            v.put("MaxSpareThreads", tpc * 4);
        }
        return v;
    }
}
