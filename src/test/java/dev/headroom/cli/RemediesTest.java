package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.CliRun;

/**
 * Findings carry machine-readable remedies for the planner ({@code lint -f json}, "remedies"):
 * what they name exists, a line they give sets that key, and the values are the ones the
 * messages propose.
 */
class RemediesTest {

    private static List<String> remedies(String example) throws Exception {
        Path root = Path.of("examples", example, "root");
        CliRun r = CliRun.of("lint", "-f", "json", "--root", root.toString(), "--facts",
                "examples/" + example + "/host.ini", "--fail-on", "none");
        List<String> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            if (!f.has("remedies")) {
                continue;
            }
            for (JsonElement x : f.getAsJsonArray("remedies")) {
                JsonObject m = x.getAsJsonObject();
                String where = m.has("file") ? m.get("file").getAsString() : m.get("unit").getAsString();
                if (m.has("file")) {
                    Path file = root.resolve(where);
                    assertThat(file).as("%s", m).exists();
                    if (m.has("line")) {
                        String line = Files.readAllLines(file).get(m.get("line").getAsInt() - 1);
                        assertThat(line).as("%s", m).contains(m.get("key").getAsString());
                    }
                }
                out.add(f.get("rule").getAsString() + " " + m.get("kind").getAsString() + " " + where
                        + (m.has("key") ? " " + m.get("key").getAsString() + "=" + m.get("value").getAsString() : ""));
            }
        }
        return out;
    }

    @Test
    void tarragon() throws Exception {
        assertThat(remedies("tarragon")).containsExactly(
                "CL302 clamav-option etc/clamd.d/scan.conf ConcurrentDatabaseReload=no",
                "CL302 clamav-option etc/freshclam.conf TestDatabases=no",
                "MB304 httpd-directive etc/httpd/conf.modules.d/10-mpmconfig.conf MaxRequestWorkers=30",
                "CL301 unit-setting clamd@scan.service TimeoutStartSec=420");
    }

    @Test
    void blog512() throws Exception {
        // varnish masked for MB303 (SD301's drop-in is then moot, the planner drops it); SD302 has
        // no single right value
        assertThat(remedies("blog512")).containsExactly("MB303 unit-mask varnish.service",
                "SD301 unit-setting varnish.service OOMPolicy=continue");
    }
}
