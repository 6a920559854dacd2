package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;
import dev.headroom.rules.RuleDocs;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleRegistry;
import dev.headroom.source.Origin;
import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/** {@code lint -f sarif}: the SARIF 2.1.0 shape, every rule with its doc, locations and fingerprints. */
class SarifReportTest {

    private static final Path ROOT = Path.of("/srv/snap");

    private static JsonObject sarif(Finding... findings) {
        String text = new SarifReport(List.of(findings), RuleRegistry.all(), "1.2.3", new ArtifactUris(ROOT, ROOT))
                .sarif();
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject run(JsonObject log) {
        return log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static JsonObject result(JsonObject log, int i) {
        return run(log).getAsJsonArray("results").get(i).getAsJsonObject();
    }

    private static JsonObject physical(JsonObject result) {
        return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
    }

    private static Finding finding(String rule, Severity s, String message, Origin origin) {
        return new Finding(rule, RuleRegistry.find(rule).name(), s, message, origin, null);
    }

    @Test
    void theLogOfAnExampleHasTheShapeTheSchemaRequires() {
        Path d = Oracles.project().resolve("examples/tarragon");
        CliRun r = CliRun.of("lint", "--root", d.resolve("root").toString(), "--facts",
                d.resolve("host.ini").toString(), "-f", "sarif");
        JsonObject log = JsonParser.parseString(r.out()).getAsJsonObject();
        SarifShape.check(log);
        assertThat(log.get("$schema").getAsString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(run(log).getAsJsonArray("results")).hasSize(7);
        assertThat(run(log).getAsJsonObject("tool").getAsJsonObject("driver").get("version").getAsString())
                .matches("\\d+\\.\\d+\\.\\d+\\S*");
    }

    @Test
    void everyRegisteredRuleIsListedWithItsDocAsHelp() {
        JsonArray rules = run(sarif()).getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        List<RuleInfo> all = RuleRegistry.all();
        assertThat(rules).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            RuleInfo info = all.get(i);
            JsonObject d = rules.get(i).getAsJsonObject();
            String doc = RuleDocs.load(info.id());
            assertThat(doc).as(info.id() + " has a doc").isNotBlank();
            assertThat(d.get("id").getAsString()).isEqualTo(info.id());
            assertThat(d.get("name").getAsString()).isEqualTo(info.name());
            assertThat(d.getAsJsonObject("shortDescription").get("text").getAsString()).isEqualTo(info.summary());
            assertThat(d.getAsJsonObject("help").get("text").getAsString()).as(info.id()).isEqualTo(doc);
            assertThat(d.getAsJsonObject("help").get("markdown").getAsString()).as(info.id()).isEqualTo(doc);
            assertThat(doc).contains(d.getAsJsonObject("fullDescription").get("text").getAsString().substring(0, 20));
            assertThat(d.getAsJsonObject("defaultConfiguration").get("level").getAsString())
                    .isEqualTo(switch (info.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "note";
                    });
            assertThat(d.getAsJsonObject("properties").getAsJsonArray("tags").get(0).getAsString())
                    .isIn("syntax", "correctness", "security", "resources", "hygiene");
        }
    }

    @Test
    void resultsPointAtTheirRuleAndPlace() {
        JsonObject log = sarif(
                finding("HT301", Severity.WARNING, "MaxRequestWorkers 85", Origin.of("etc/httpd/conf/httpd.conf", 12, 5)),
                finding("GE401", Severity.INFO, "unused", Origin.of("etc/a b:c/é.conf", 3, 0)),
                finding("CL302", Severity.ERROR, "whole file", Origin.file("etc/freshclam.conf")),
                finding("HT001", Severity.ERROR, "outside the working directory", Origin.of("/etc/x.conf", 1, 1)));
        SarifShape.check(log);
        List<RuleInfo> all = RuleRegistry.all();

        JsonObject first = result(log, 0);
        assertThat(first.get("ruleId").getAsString()).isEqualTo("HT301");
        assertThat(all.get(first.get("ruleIndex").getAsInt()).id()).isEqualTo("HT301");
        assertThat(first.get("level").getAsString()).isEqualTo("warning");
        assertThat(first.getAsJsonObject("message").get("text").getAsString()).isEqualTo("MaxRequestWorkers 85");
        JsonObject artifact = physical(first).getAsJsonObject("artifactLocation");
        assertThat(artifact.get("uri").getAsString()).isEqualTo("etc/httpd/conf/httpd.conf");
        assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
        JsonObject region = physical(first).getAsJsonObject("region");
        assertThat(region.get("startLine").getAsInt()).isEqualTo(12);
        assertThat(region.get("startColumn").getAsInt()).isEqualTo(5);

        JsonObject info = result(log, 1);
        assertThat(info.get("level").getAsString()).isEqualTo("note");
        assertThat(physical(info).getAsJsonObject("artifactLocation").get("uri").getAsString())
                .isEqualTo("etc/a%20b%3Ac/%C3%A9.conf");
        assertThat(physical(info).getAsJsonObject("region").has("startColumn")).isFalse();

        JsonObject wholeFile = result(log, 2);
        assertThat(wholeFile.get("level").getAsString()).isEqualTo("error");
        assertThat(physical(wholeFile).has("region")).isFalse();

        JsonObject absolute = physical(result(log, 3)).getAsJsonObject("artifactLocation");
        assertThat(absolute.get("uri").getAsString()).isEqualTo("file:///srv/snap/etc/x.conf");
        assertThat(absolute.has("uriBaseId")).isFalse();

        JsonObject srcroot = run(log).getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%");
        assertThat(srcroot.get("uri").getAsString()).isEqualTo("file:///srv/snap/");
    }

    @Test
    void theFingerprintFollowsRuleFileAndMessageNotTheLine() {
        Finding a = finding("HT301", Severity.WARNING, "m", Origin.of("f.conf", 12, 5));
        Finding moved = finding("HT301", Severity.WARNING, "m", Origin.of("f.conf", 40, 1));
        Finding other = finding("HT301", Severity.WARNING, "n", Origin.of("f.conf", 12, 5));
        Finding elsewhere = finding("HT301", Severity.WARNING, "m", Origin.of("g.conf", 12, 5));
        assertThat(SarifReport.fingerprint(a)).isEqualTo(SarifReport.fingerprint(moved)).hasSize(64);
        assertThat(SarifReport.fingerprint(a)).isNotEqualTo(SarifReport.fingerprint(other))
                .isNotEqualTo(SarifReport.fingerprint(elsewhere));
        JsonObject fp = result(sarif(a), 0).getAsJsonObject("partialFingerprints");
        assertThat(fp.get(SarifReport.FINGERPRINT).getAsString()).isEqualTo(SarifReport.fingerprint(a));
    }

    @Test
    void theShapeCheckRejectsWhatTheSchemaForbids() {
        Finding f = finding("HT301", Severity.WARNING, "m", Origin.of("f.conf", 12, 5));
        JsonObject wrongIndex = sarif(f);
        result(wrongIndex, 0).addProperty("ruleIndex", 0);
        assertThatThrownBy(() -> SarifShape.check(wrongIndex)).isInstanceOf(AssertionError.class);
        JsonObject lineZero = sarif(f);
        physical(result(lineZero, 0)).getAsJsonObject("region").addProperty("startLine", 0);
        assertThatThrownBy(() -> SarifShape.check(lineZero)).isInstanceOf(AssertionError.class);
        JsonObject badLevel = sarif(f);
        result(badLevel, 0).addProperty("level", "info");
        assertThatThrownBy(() -> SarifShape.check(badLevel)).isInstanceOf(AssertionError.class);
        JsonObject extra = sarif(f);
        result(extra, 0).addProperty("severity", "warning");
        assertThatThrownBy(() -> SarifShape.check(extra)).isInstanceOf(AssertionError.class);
        JsonObject noText = sarif(f);
        result(noText, 0).getAsJsonObject("message").remove("text");
        assertThatThrownBy(() -> SarifShape.check(noText)).isInstanceOf(AssertionError.class);
    }
}
