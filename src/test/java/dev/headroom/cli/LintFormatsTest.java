package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/**
 * {@code lint -f sarif|github|checkstyle} on two examples, against golden files in
 * src/test/resources/formats/ (set -Dheadroom.updateGolden=true to rewrite them). The SARIF
 * golden is normalised where it would change without the report changing: the tool's version,
 * the absolute path of the example's root, and each rule's doc (SarifReportTest holds the help
 * text to the docs, so a doc edit does not need a new golden).
 */
class LintFormatsTest {

    private static final String[] EXAMPLES = {"tarragon", "blog512"};

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> eachFormatMatchesItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : EXAMPLES) {
            tests.add(DynamicTest.dynamicTest(example + " sarif",
                    () -> golden(example, "sarif", example + ".sarif")));
            tests.add(DynamicTest.dynamicTest(example + " github",
                    () -> golden(example, "github", example + ".github.txt")));
            tests.add(DynamicTest.dynamicTest(example + " checkstyle",
                    () -> golden(example, "checkstyle", example + ".checkstyle.xml")));
        }
        return tests.stream();
    }

    @Test
    void onlyLintHasTheCiFormats() {
        Path root = Oracles.project().resolve("examples/blog512/root");
        for (String cmd : new String[] {"show", "plan", "rules"}) {
            for (String format : new String[] {"sarif", "github", "checkstyle"}) {
                CliRun r = CliRun.of(cmd, "--root", root.toString(), "-f", format);
                assertThat(r.exit()).as(cmd + " -f " + format).isEqualTo(2);
                assertThat(r.err()).as(cmd).contains("--format");
            }
        }
        assertThat(CliRun.of("lint", "--help").out()).contains("text, json, sarif, github, checkstyle");
    }

    @Test
    void theReportGoesToTheOutputFileAndTheExitCodeStillFollowsFailOn() throws IOException {
        Path out = dir.resolve("headroom.sarif");
        String root = Oracles.project().resolve("examples/blog512/root").toString();
        String facts = Oracles.project().resolve("examples/blog512/host.ini").toString();
        CliRun r = CliRun.of("lint", "--root", root, "--facts", facts, "-f", "sarif", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        JsonObject log = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        CliRun none = CliRun.of("lint", "--root", root, "--facts", facts, "-f", "github", "--fail-on", "none");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).startsWith("::warning file=");
    }

    private static void golden(String example, String format, String goldenName) throws IOException {
        Path d = Oracles.project().resolve("examples").resolve(example);
        // relative, as the README's commands give it: messages name the facts file as given
        Path facts = Path.of("").toAbsolutePath().relativize(d.resolve("host.ini").toAbsolutePath());
        CliRun r = CliRun.of("lint", "--root", d.resolve("root").toString(), "--facts", facts.toString(),
                "-f", format);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        String actual = format.equals("sarif") ? normalised(r.out()) : r.out();
        Path golden = Oracles.project().resolve("src/test/resources/formats").resolve(goldenName);
        if (Boolean.getBoolean("headroom.updateGolden")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }

    /** The SARIF log with what may change between builds and machines replaced by placeholders. */
    static String normalised(String sarif) {
        JsonObject log = JsonParser.parseString(sarif).getAsJsonObject();
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        driver.addProperty("version", "VERSION");
        for (JsonElement e : driver.getAsJsonArray("rules")) {
            JsonObject rule = e.getAsJsonObject();
            String doc = "(rules/docs/" + rule.get("id").getAsString() + ".md)";
            rule.getAsJsonObject("fullDescription").addProperty("text", doc + " What it does");
            rule.getAsJsonObject("help").addProperty("text", doc);
            rule.getAsJsonObject("help").addProperty("markdown", doc);
        }
        JsonObject srcroot = run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%");
        String project = Oracles.project().toAbsolutePath().normalize().toUri().toString();
        srcroot.addProperty("uri", srcroot.get("uri").getAsString().replace(project, "file:///PROJECT/"));
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(log) + "\n";
    }
}
