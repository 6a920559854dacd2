package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.CliRun;

/** {@code headroom budget}: the exit codes and the JSON contract of DESIGN.md §2 on the tarragon example. */
class BudgetCommandTest {

    private static final String ROOT = "examples/tarragon/root";
    private static final String FACTS = "examples/tarragon/host.ini";

    @Test
    void jsonFollowsTheContract() {
        CliRun r = CliRun.of("budget", "--root", ROOT, "--facts", FACTS, "-f", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.get("ram").getAsLong()).isEqualTo(4026531840L);
        assertThat(o.get("reserve").getAsLong()).isEqualTo(402653184L);
        assertThat(o.get("fits").getAsBoolean()).isFalse();
        JsonArray services = o.getAsJsonArray("services");
        for (JsonElement e : services) {
            JsonObject s = e.getAsJsonObject();
            assertThat(s.keySet()).contains("name", "steady", "peak", "basis");
            assertThat(s.get("peak").getAsLong()).isGreaterThanOrEqualTo(s.get("steady").getAsLong());
        }
        List<String> names = services.asList().stream().map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
        assertThat(names).containsExactly("httpd", "clamd@scan.service", "clamav-freshclam.service", "amavis",
                "mysql", "tor");
        JsonObject clamd = services.get(1).getAsJsonObject();
        // measured 800M; a concurrent reload adds the engine: 800M less the 9.9 MiB process
        assertThat(clamd.get("steady").getAsLong()).isEqualTo(800L << 20);
        assertThat(clamd.get("peak").getAsLong()).isEqualTo(2 * (800L << 20) - 10365271L);
        JsonObject httpd = services.get(0).getAsJsonObject();
        // 8 children of 375M measured + the 4 MiB parent estimate
        assertThat(httpd.get("peak").getAsLong()).isEqualTo(8 * (375L << 20) + (4L << 20));
        List<String> scenarios = o.getAsJsonArray("scenarios").asList().stream()
                .map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
        assertThat(scenarios).containsExactly("steady", "web peak", "signature update", "worst");
        for (JsonElement e : o.getAsJsonArray("scenarios")) {
            assertThat(e.getAsJsonObject().keySet()).contains("name", "total", "fits");
        }
    }

    @Test
    void enoughRamMakesItFitAndExitZero() {
        CliRun r = CliRun.of("budget", "--root", ROOT, "--facts", FACTS, "--ram", "16G", "-f", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JsonParser.parseString(r.out()).getAsJsonObject().get("fits").getAsBoolean()).isTrue();
    }

    @Test
    void theReserveCanBeASizeOrAPercentage() {
        JsonObject size = JsonParser.parseString(CliRun.of("budget", "--root", ROOT, "--facts", FACTS,
                "--reserve", "256M", "-f", "json").out()).getAsJsonObject();
        assertThat(size.get("reserve").getAsLong()).isEqualTo(256L << 20);
        JsonObject pct = JsonParser.parseString(CliRun.of("budget", "--root", ROOT, "--facts", FACTS,
                "--reserve", "25%", "-f", "json").out()).getAsJsonObject();
        assertThat(pct.get("reserve").getAsLong()).isEqualTo(4026531840L / 4);
    }

    @Test
    void swapCountsOnlyWhenAsked() {
        CliRun r = CliRun.of("budget", "--root", ROOT, "--ram", "1G", "--reserve", "0", "-f", "json");
        assertThat(JsonParser.parseString(r.out()).getAsJsonObject().get("usable").getAsLong()).isEqualTo(1L << 30);
        CliRun noSwapKnown = CliRun.of("budget", "--root", ROOT, "--ram", "1G", "--reserve", "0", "--count-swap",
                "-f", "json");
        // --ram alone says nothing of swap: nothing to count
        assertThat(JsonParser.parseString(noSwapKnown.out()).getAsJsonObject().get("usable").getAsLong())
                .isEqualTo(1L << 30);
    }

    @Test
    void withoutRamItIsAUsageError() {
        CliRun r = CliRun.of("budget", "--root", ROOT);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("RAM is not known");
        assertThat(CliRun.of("budget", "--root", ROOT, "--ram", "lots").exit()).isEqualTo(2);
        assertThat(CliRun.of("budget", "--root", ROOT, "--ram", "1G", "--reserve", "2G").exit()).isEqualTo(2);
        assertThat(CliRun.of("budget", "--root", ROOT, "--ram", "1G", "--reserve", "ten").exit()).isEqualTo(2);
    }

    @Test
    void svgIsAStandaloneImage() {
        CliRun r = CliRun.of("budget", "--root", ROOT, "--facts", FACTS, "-f", "svg");
        assertThat(r.out()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
        assertThat(r.out()).contains("worst", "clamd@scan.service", "RAM − reserve");
    }

    @Test
    void textHasTheTablesAndTheChart() {
        CliRun r = CliRun.of("budget", "--root", ROOT, "--facts", FACTS);
        assertThat(r.out()).contains("Memory budget: 3.75 GiB RAM", "signature update", "233 MiB over",
                "4 scenarios do not fit", "│", "┃").doesNotContain("\u001b[");
    }
}
