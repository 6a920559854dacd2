package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;

/**
 * plan and apply hold the server to the rules and the reserve lint holds it to: a rule the
 * project ignores is not planned for, and the budget after the plan leaves the project's reserve.
 */
class ConfiguredPlanTest {

    private static final String ROOT = "examples/tarragon/root";
    private static final String FACTS = "examples/tarragon/host.ini";

    @TempDir
    Path dir;

    private String config(String text) throws IOException {
        Path p = dir.resolve("headroom.ini");
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void planLeavesOutTheRulesTheProjectIgnores() throws IOException {
        CliRun plain = CliRun.of("plan", "--root", ROOT, "--facts", FACTS);
        assertThat(plain.out()).contains("fixes CL301").contains("[HT002]").contains("of 3.38 GiB");

        CliRun configured = CliRun.of("plan", "--root", ROOT, "--facts", FACTS, "--config",
                config("[rules]\nignore = CL301, HT002\n[budget]\nreserve = 1G\n"));
        assertThat(configured.exit()).as(configured.err()).isZero();
        assertThat(configured.out()).doesNotContain("CL301").doesNotContain("HT002").contains("fixes CL302")
                .contains("of 2.75 GiB");
        // less room, so fewer httpd workers than without the reserve
        assertThat(configured.out()).contains("MaxRequestWorkers → 10");
        assertThat(plain.out()).contains("MaxRequestWorkers → 30");
    }

    @Test
    void theEnvironmentReachesPlanAsItReachesLint() {
        CliRun r = CliRun.withEnv(Map.of("HEADROOM_IGNORE", "CL"), "plan", "--root", ROOT, "--facts", FACTS);
        assertThat(r.out()).doesNotContain("fixes CL").contains("fixes MB304");
    }

    @Test
    void applyPlansWithTheSameConfiguration() throws IOException {
        CliRun r = CliRun.of("apply", "--root", ROOT, "--dry-run", "--config", config("[rules]\nignore = CL301\n"));
        assertThat(r.exit()).as(r.err()).isZero();
        // without facts the only edit apply plans is CL301's drop-in
        assertThat(r.out()).isEqualTo("nothing to do: the tree already holds the plan\n");
        assertThat(CliRun.of("apply", "--root", ROOT, "--dry-run").out()).contains("zz-headroom.conf");
    }

    @Test
    void aMistakeInTheConfigurationIsAUsageError() throws IOException {
        String bad = config("[rules]\nignore = XX999\n");
        for (String cmd : new String[] {"plan", "apply", "tune"}) {
            CliRun r = CliRun.of(cmd, "--root", ROOT, "--config", bad);
            assertThat(r.exit()).as(cmd).isEqualTo(ExitCode.USAGE.code);
            assertThat(r.err()).as(cmd).contains("no rule matches XX999");
        }
    }
}
