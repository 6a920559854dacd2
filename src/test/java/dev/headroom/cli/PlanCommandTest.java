package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.report.PlanReport;
import dev.headroom.testing.CliRun;
import dev.headroom.testing.TreeCopy;

/**
 * {@code headroom plan} on the tarragon example: the edits are minimal and exact, planning
 * changes nothing on disk, and with the edits written the fixed findings are gone and the
 * budget fits.
 */
class PlanCommandTest {

    private static final Path EXAMPLE = Path.of("examples/tarragon");

    @TempDir
    Path tmp;

    @Test
    void theEditsAreMinimalAndPlanningChangesNothing() throws IOException {
        String before = treeDigest(EXAMPLE.resolve("root"));
        CliRun r = CliRun.of("plan", "--root", EXAMPLE.resolve("root").toString(), "--facts",
                EXAMPLE.resolve("host.ini").toString(), "-f", "json");
        assertThat(treeDigest(EXAMPLE.resolve("root"))).isEqualTo(before);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonObject plan = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(plan.get("format").getAsInt()).isEqualTo(PlanReport.FORMAT);
        assertThat(plan.get("fits").getAsBoolean()).isTrue();
        List<String> files = new ArrayList<>();
        for (JsonElement e : plan.getAsJsonArray("edits")) {
            JsonObject edit = e.getAsJsonObject();
            String file = edit.get("file").getAsString();
            files.add(file);
            String after = edit.get("after").getAsString();
            if (edit.get("create").getAsBoolean()) {
                assertThat(after).isEqualTo("# Written by headroom plan: fixes CL301.\n[Service]\nTimeoutStartSec=420\n");
                continue;
            }
            String now = Files.readString(EXAMPLE.resolve("root").resolve(file), StandardCharsets.ISO_8859_1);
            assertThat(edit.get("beforeSha256").getAsString()).isEqualTo(PlanReport.sha256(now));
            List<String> a = now.lines().toList();
            List<String> b = after.lines().toList();
            int changed = 0;
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                changed += a.get(i).equals(b.get(i)) ? 0 : 1;
            }
            // one value changed in place, or one line added at the end; nothing else moves
            assertThat(changed + Math.abs(a.size() - b.size())).as(file).isEqualTo(1);
        }
        assertThat(files).containsExactly("etc/clamd.d/scan.conf", "etc/freshclam.conf",
                "etc/httpd/conf.modules.d/10-mpmconfig.conf",
                "etc/systemd/system/clamd@scan.service.d/zz-headroom.conf");
    }

    @Test
    void withTheEditsWrittenTheFixedFindingsAreGoneAndTheBudgetFits() throws IOException {
        Path root = tmp.resolve("root");
        TreeCopy.copy(EXAMPLE.resolve("root"), root);
        CliRun r = CliRun.of("plan", "--root", root.toString(), "--facts", EXAMPLE.resolve("host.ini").toString(),
                "-f", "json");
        for (JsonElement e : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("edits")) {
            JsonObject edit = e.getAsJsonObject();
            Path target = root.resolve(edit.get("file").getAsString());
            Files.createDirectories(target.getParent());
            // through the example's own .dee symlink, as an editor would
            Files.writeString(target, edit.get("after").getAsString(), StandardCharsets.ISO_8859_1);
        }
        // the whole-httpd measurement was taken under the old MPM settings: not facts any more
        Path facts = tmp.resolve("host.ini");
        Files.writeString(facts, Files.readString(EXAMPLE.resolve("host.ini")).replaceAll("(?m)^httpd = .*\\n", ""));
        CliRun lint = CliRun.of("lint", "-f", "json", "--root", root.toString(), "--facts", facts.toString(),
                "--fail-on", "none");
        List<String> rules = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(lint.out()).getAsJsonObject().getAsJsonArray("findings")) {
            rules.add(e.getAsJsonObject().get("rule").getAsString());
        }
        assertThat(rules).doesNotContain("CL301", "CL302", "MB301", "MB304", "HT321").contains("HT002");
        assertThat(CliRun.of("budget", "--root", root.toString(), "--facts", facts.toString()).exit()).isZero();
    }

    /** Content, symlink targets and modification times of a tree. */
    private static String treeDigest(Path root) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                b.append(root.relativize(p)).append(' ')
                        .append(Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS)).append(' ');
                if (Files.isSymbolicLink(p)) {
                    b.append("-> ").append(Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    b.append(PlanReport.sha256(Files.readString(p, StandardCharsets.ISO_8859_1)));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
