package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/** Acceptance 2: the configuration Debian's apache2 package installs is valid, so no syntax findings. */
class StockConfigTest {

    @Test
    void lintOfTheLiveRootFindsNoSyntaxProblem() {
        Oracles.debianApacheTree();
        CliRun r = CliRun.of("lint", "--root", "/", "-f", "json", "--fail-on", "none");
        assertThat(r.exit()).isZero();
        for (JsonElement e : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            String rule = f.get("rule").getAsString();
            assertThat(rule).as("a syntax finding on the stock config: %s", f).doesNotMatch("(HT0|GE0|SD0)\\d\\d");
            if (!rule.equals("CL008")) {
                // CL008 is about data, not configuration: a fresh machine's /var/lib/clamav is
                // empty until freshclam has run, and clamd then really does not start.
                assertThat(f.get("severity").getAsString()).as("%s", f).isNotEqualTo("error");
            }
            // Debian's apache2.service sets OOMPolicy=continue (shared/domain.md C.9); other
            // packages' units (php8.2-fpm.service) may well deserve SD301
            if (rule.equals("SD301")) {
                assertThat(f.get("message").getAsString()).as("%s", f).doesNotStartWith("apache2.service");
            }
        }
        CliRun show = CliRun.of("show", "--root", "/", "-f", "json");
        JsonObject svc = JsonParser.parseString(show.out()).getAsJsonObject().getAsJsonArray("services").get(0)
                .getAsJsonObject();
        assertThat(svc.get("name").getAsString()).isEqualTo("apache2");
        assertThat(svc.getAsJsonArray("files").size()).isGreaterThan(10);
    }
}
