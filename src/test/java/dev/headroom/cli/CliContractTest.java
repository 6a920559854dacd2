package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;

/** The command-line contract of DESIGN.md §2: options, exit codes, JSON shapes. */
class CliContractTest {

    @TempDir
    Path dir;

    private Path conf(String text) throws IOException {
        Path p = dir.resolve("httpd.conf");
        Files.writeString(p, "LoadModule mpm_event_module m.so\n" + text);
        return p;
    }

    @Test
    void helpAndVersionEverywhere() {
        for (String cmd : new String[] {"lint", "show", "rules", "explain", "generate-completion"}) {
            CliRun h = CliRun.of(cmd, "--help");
            assertThat(h.exit()).as(cmd).isZero();
            assertThat(h.out()).as(cmd).contains("Usage: headroom " + cmd);
            CliRun v = CliRun.of(cmd, "--version");
            assertThat(v.exit()).as(cmd).isZero();
            assertThat(v.out()).as(cmd).startsWith("headroom ");
        }
        assertThat(CliRun.of("--version").out()).matches("headroom \\d+\\.\\d+\\.\\d+\\S*\\s*");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of().exit()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
        CliRun r = CliRun.of("lint", "--fail-on", "sometimes");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--fail-on");
        assertThat(CliRun.of("lint", "-f", "yaml").exit()).isEqualTo(2);
        assertThat(CliRun.of("lint", "--select", "ZZ999").exit()).isEqualTo(2);
        assertThat(CliRun.of("explain", "XX000").exit()).isEqualTo(2);
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        Path f = conf("MaxRequestWorkers 150\nMaxConnectionsPerChild 0\n");
        assertThat(CliRun.of("lint", f.toString()).exit()).isZero();
        assertThat(CliRun.of("lint", "--fail-on", "info", f.toString()).exit()).isEqualTo(1);
        Path g = conf("MaxRequestWorkers 30\n");
        assertThat(CliRun.of("lint", g.toString()).exit()).isEqualTo(1);
        assertThat(CliRun.of("lint", "--fail-on", "error", g.toString()).exit()).isZero();
        assertThat(CliRun.of("lint", "--fail-on", "none", g.toString()).exit()).isZero();
    }

    @Test
    void jsonFindingsHaveTheDocumentedShape() throws IOException {
        CliRun r = CliRun.of("lint", "-f", "json", conf("MaxRequestWorkers 30\n").toString());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.getAsJsonObject("tool").get("name").getAsString()).isEqualTo("headroom");
        JsonObject f = null;
        for (var e : o.getAsJsonArray("findings")) {
            if (e.getAsJsonObject().get("rule").getAsString().equals("HT301")) {
                f = e.getAsJsonObject();
            }
        }
        assertThat(f.get("rule").getAsString()).isEqualTo("HT301");
        assertThat(f.get("name").getAsString()).isEqualTo("max-request-workers-not-multiple");
        assertThat(f.get("severity").getAsString()).isEqualTo("warning");
        assertThat(f.get("file").getAsString()).isEqualTo(dir.resolve("httpd.conf").toString());
        assertThat(f.get("line").getAsInt()).isEqualTo(2);
        assertThat(f.get("column").getAsInt()).isEqualTo(1);
        assertThat(f.get("daemonCode").getAsString()).isEqualTo("AH00513");
        assertThat(o.getAsJsonObject("summary").get("warning").getAsInt()).isEqualTo(1);
    }

    @Test
    void showJsonReportsWhatTheServerRunsWith() throws IOException {
        CliRun r = CliRun.of("show", "-f", "json", conf("ThreadsPerChild 65\n").toString());
        assertThat(r.exit()).isZero();
        JsonObject s = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("services").get(0)
                .getAsJsonObject();
        assertThat(s.get("kind").getAsString()).isEqualTo("httpd");
        assertThat(s.get("mpm").getAsString()).isEqualTo("event");
        JsonObject mrw = s.getAsJsonObject("settings").getAsJsonObject("MaxRequestWorkers");
        assertThat(mrw.get("value").getAsInt()).isEqualTo(384);
        assertThat(mrw.get("origin").getAsString()).isEqualTo("default");
        JsonObject tpc = s.getAsJsonObject("settings").getAsJsonObject("ThreadsPerChild");
        assertThat(tpc.get("value").getAsInt()).isEqualTo(64);
        assertThat(tpc.get("origin").getAsString()).isEqualTo(dir.resolve("httpd.conf") + ":2:1");
        assertThat(tpc.get("configured").getAsString()).isEqualTo("65");
        assertThat(tpc.get("adjustedBy").getAsString()).isEqualTo("AH00507");
    }

    @Test
    void selectIgnoreAndSuppressionComments() throws IOException {
        Path f = conf("# headroom: ignore=HT301 -- kept on purpose\nMaxRequestWorkers 30\n"
                + "# headroom: ignore=HT999\nServerLimit 16\n");
        CliRun r = CliRun.of("lint", "--fail-on", "info", f.toString());
        assertThat(r.out()).doesNotContain("HT301").contains("httpd.conf:4:1: info:").contains("[GE401]");
        assertThat(r.out()).doesNotContain("httpd.conf:2:1: info:");
        CliRun s = CliRun.of("lint", "--ignore", "GE4", "--fail-on", "info", f.toString());
        assertThat(s.out()).doesNotContain("GE401");
        CliRun t = CliRun.of("lint", "--select", "HT320", "--fail-on", "info", f.toString());
        assertThat(t.out()).contains("[HT320]").doesNotContain("GE401");
        // A rule switched off found nothing to silence: its suppression is not stale.
        CliRun u = CliRun.of("lint", "--ignore", "HT301", "--fail-on", "info", f.toString());
        assertThat(u.out()).doesNotContain("suppression of HT301").contains("suppression of HT999");
    }

    @Test
    void aFileOfNoKnownLanguageNeedsLang() throws IOException {
        Path pool = dir.resolve("www.pool");
        Files.writeString(pool, "[www]\npm.max_children = 5\n");
        CliRun r = CliRun.of("lint", pool.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("cannot tell which daemon reads this file");
        assertThat(CliRun.of("lint", "--lang", "httpd", "--fail-on", "none", pool.toString()).exit()).isZero();
    }

    @Test
    void aUnitFileIsReadAsSystemdReadsIt() throws IOException {
        Path unit = dir.resolve("httpd.service");
        Files.writeString(unit, "[Service]\nExecStart=/usr/sbin/httpd -DFOREGROUND\nTimeoutStartSec=5S\n");
        CliRun r = CliRun.of("lint", "-f", "json", unit.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"SD101\"").contains("Failed to parse TimeoutStartSec= parameter, ignoring: 5S")
                .contains("\"SD301\"");
        CliRun s = CliRun.of("show", "-f", "json", unit.toString());
        JsonObject svc = JsonParser.parseString(s.out()).getAsJsonObject().getAsJsonArray("services").get(0)
                .getAsJsonObject();
        assertThat(svc.get("kind").getAsString()).isEqualTo("unit");
        JsonObject timeout = svc.getAsJsonObject("settings").getAsJsonObject("TimeoutStartSec");
        assertThat(timeout.get("basis").getAsString()).isEqualTo("DefaultTimeoutStartSec");
        assertThat(svc.getAsJsonObject("settings").getAsJsonObject("Type").get("value").getAsString())
                .isEqualTo("simple");
    }

    @Test
    void outputFileIsWrittenWhole() throws IOException {
        Path out = dir.resolve("report.json");
        CliRun r = CliRun.of("lint", "-f", "json", "-o", out.toString(), conf("ServerLimit 8\n").toString());
        assertThat(r.out()).isEmpty();
        assertThat(JsonParser.parseString(Files.readString(out)).isJsonObject()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void rulesAndExplain() {
        CliRun rules = CliRun.of("rules", "-f", "json");
        assertThat(rules.exit()).isZero();
        assertThat(JsonParser.parseString(rules.out()).getAsJsonObject().getAsJsonArray("rules").size())
                .isGreaterThan(40);
        CliRun e = CliRun.of("explain", "HT301");
        assertThat(e.exit()).isZero();
        assertThat(e.out()).startsWith("HT301 max-request-workers-not-multiple (warning)");
        assertThat(CliRun.of("explain", "max-request-workers-not-multiple").exit()).isZero();
    }
}
