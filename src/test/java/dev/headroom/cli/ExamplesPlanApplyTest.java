package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;
import dev.headroom.testing.TreeCopy;

/**
 * Issue 7, acceptance 1: on every example, {@code plan} then {@code apply} (validated by the
 * daemons' checkers installed here: systemd-analyze verify, clamconf) on a scratch copy leaves
 * {@code lint} clean of the findings the plan fixed, and {@code budget} fitting. A whole-httpd
 * size measured before the change is dropped from the facts: it was measured under the old
 * MPM settings.
 */
class ExamplesPlanApplyTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> planThenApplyOnEveryExample() throws IOException {
        Oracles.require(ExternalProcess.onPath("systemd-analyze") != null, "systemd-analyze (systemd 252)");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(Oracles.project().resolve("examples"))) {
            dirs = s.filter(p -> Files.isDirectory(p.resolve("root"))).sorted().collect(Collectors.toList());
        }
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private void check(Path example) throws IOException {
        Path work = tmp.resolve(example.getFileName().toString());
        Path root = TreeCopy.copy(example.resolve("root"), work.resolve("root"));
        List<String> facts = new ArrayList<>();
        if (Files.exists(example.resolve("host.ini"))) {
            facts = List.of("--facts", example.resolve("host.ini").toString());
        }
        Path planFile = work.resolve("plan.json");
        List<String> planArgs = new ArrayList<>(List.of("plan", "--root", root.toString(), "-o", planFile.toString()));
        planArgs.addAll(facts);
        CliRun plan = CliRun.of(planArgs.toArray(new String[0]));
        JsonObject p = JsonParser.parseString(Files.readString(planFile)).getAsJsonObject();
        Set<String> fixed = new LinkedHashSet<>();
        boolean httpdEdited = false;
        for (JsonElement e : p.getAsJsonArray("edits")) {
            e.getAsJsonObject().getAsJsonArray("fixes").forEach(x -> fixed.add(x.getAsString()));
            httpdEdited |= e.getAsJsonObject().get("file").getAsString().startsWith("etc/httpd/")
                    || e.getAsJsonObject().get("file").getAsString().startsWith("etc/apache2/");
        }
        assertThat(fixed).as("the plan fixes something on %s", example).isNotEmpty();
        assertThat(plan.exit()).as(plan.err()).isZero();

        CliRun apply = CliRun.of("apply", "--root", root.toString(), "--plan", planFile.toString());
        assertThat(apply.exit()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.out()).contains("checked with systemd-analyze verify");

        List<String> after = new ArrayList<>();
        if (!facts.isEmpty()) {
            Path f = work.resolve("host.ini");
            String text = Files.readString(example.resolve("host.ini"));
            Files.writeString(f, httpdEdited ? text.replaceAll("(?m)^(httpd|apache2) = .*\\n", "") : text);
            after = List.of("--facts", f.toString());
            List<String> budget = new ArrayList<>(List.of("budget", "--root", root.toString()));
            budget.addAll(after);
            CliRun b = CliRun.of(budget.toArray(new String[0]));
            assertThat(b.exit()).as(b.out()).isZero();
        }
        List<String> lintArgs = new ArrayList<>(List.of("lint", "-f", "json", "--fail-on", "none", "--root",
                root.toString()));
        lintArgs.addAll(after);
        CliRun lint = CliRun.of(lintArgs.toArray(new String[0]));
        Set<String> rules = new LinkedHashSet<>();
        for (JsonElement e : JsonParser.parseString(lint.out()).getAsJsonObject().getAsJsonArray("findings")) {
            rules.add(e.getAsJsonObject().get("rule").getAsString());
        }
        assertThat(rules).as("findings left on %s after the plan fixing %s", example, fixed)
                .doesNotContainAnyElementsOf(fixed);
    }
}
