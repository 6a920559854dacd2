package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;
import dev.headroom.testing.TreeCopy;

/**
 * {@code lint --hosts DIR}: a fleet of three hosts made from the examples (DIR/NAME their
 * root/ trees, DIR/NAME.ini their host.ini) gives, host by host, exactly what
 * {@code lint --root} gives for each example (examples/NAME/expected-lint.txt), its files
 * prefixed with the host; the order does not depend on how many hosts run at once; a host that
 * cannot be read is its own exit code 3 without stopping the others.
 */
class FleetLintTest {

    private static final String[] EXAMPLES = {"blog512", "copr", "tarragon"};

    @TempDir
    Path tmp;

    Path fleet;

    @BeforeEach
    void fleetOfThree() throws IOException {
        fleet = Files.createDirectories(tmp.resolve("fleet"));
        for (String e : EXAMPLES) {
            addHost(e, e);
        }
    }

    private Path addHost(String host, String example) throws IOException {
        Path ex = Oracles.project().resolve("examples").resolve(example);
        TreeCopy.copy(ex.resolve("root"), fleet.resolve(host));
        if (Files.exists(ex.resolve("host.ini"))) {
            Files.copy(ex.resolve("host.ini"), fleet.resolve(host + ".ini"));
        }
        return fleet.resolve(host);
    }

    /** An example's golden lint lines as the fleet report shows them: under its host, its facts where the fleet keeps them. */
    private List<String> expectedLines(String host, String example) throws IOException {
        Path ex = Oracles.project().resolve("examples").resolve(example);
        List<String> golden = Files.readAllLines(ex.resolve("expected-lint.txt"));
        List<String> lines = new ArrayList<>();
        for (String l : golden.subList(0, golden.size() - 2)) { // less the summary and "exit N"
            lines.add(host + "/" + l.replace("examples/" + example + "/host.ini", fleet.resolve(host + ".ini").toString()));
        }
        return lines;
    }

    @Test
    void textIsEachHostsLintUnderItsName() throws IOException {
        CliRun r = CliRun.of("lint", "--hosts", fleet.toString());

        List<String> expected = new ArrayList<>();
        for (String e : EXAMPLES) {
            expected.addAll(expectedLines(e, e));
        }
        expected.add("14 findings on 3 hosts: 0 errors, 13 warnings, 1 info");
        assertThat(r.out().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonHasAHostInEveryFindingAndEveryHostWithItsExitCode() {
        CliRun r = CliRun.of("lint", "--hosts", fleet.toString(), "-f", "json", "--fail-on", "error");
        JsonObject log = JsonParser.parseString(r.out()).getAsJsonObject();

        JsonArray hosts = log.getAsJsonArray("hosts");
        assertThat(hosts).hasSize(3);
        for (int i = 0; i < EXAMPLES.length; i++) {
            JsonObject h = hosts.get(i).getAsJsonObject();
            assertThat(h.get("host").getAsString()).isEqualTo(EXAMPLES[i]);
            assertThat(h.get("exit").getAsInt()).as(EXAMPLES[i]).isZero(); // --fail-on error: warnings only
            assertThat(h.has("errors")).isFalse();
        }
        assertThat(hosts.get(1).getAsJsonObject().get("findings").getAsInt()).isEqualTo(2);
        JsonArray findings = log.getAsJsonArray("findings");
        assertThat(findings).hasSize(14);
        JsonObject first = findings.get(0).getAsJsonObject();
        assertThat(first.keySet()).startsWith("host", "rule", "name", "severity", "message", "file");
        assertThat(first.get("host").getAsString()).isEqualTo("blog512");
        assertThat(first.get("file").getAsString()).isEqualTo("etc/systemd/system/blog.service");
        List<String> copr = new ArrayList<>();
        for (JsonElement f : findings) {
            JsonObject o = f.getAsJsonObject();
            if (o.get("host").getAsString().equals("copr")) {
                copr.add(o.get("rule").getAsString() + " " + o.get("file").getAsString());
            }
        }
        assertThat(copr).containsExactly("HT320 etc/httpd/conf.modules.d/00-mpm.conf",
                "SD301 usr/lib/systemd/system/httpd.service");
        assertThat(log.getAsJsonObject("summary").toString()).isEqualTo("{\"error\":0,\"warning\":13,\"info\":1}");
        assertThat(r.exit()).isZero();
    }

    @Test
    void theReportIsTheSameWhateverHowManyHostsRunAtOnce() throws IOException {
        // Names whose order is not the order of creation: a10 before a2, as String order says.
        addHost("a2", "copr");
        addHost("a10", "tarragon");
        addHost("b", "blog512");
        addHost("a1", "blog512");
        for (String format : new String[] {"text", "json", "sarif", "checkstyle", "github"}) {
            CliRun one = CliRun.of("lint", "--hosts", fleet.toString(), "-f", format, "--jobs", "1");
            CliRun four = CliRun.of("lint", "--hosts", fleet.toString(), "-f", format, "--jobs", "4");
            assertThat(four.out()).as(format).isEqualTo(one.out());
            assertThat(four.exit()).isEqualTo(one.exit()).isEqualTo(1);
        }
        JsonArray hosts = JsonParser.parseString(CliRun.of("lint", "--hosts", fleet.toString(), "-f", "json").out())
                .getAsJsonObject().getAsJsonArray("hosts");
        List<String> names = new ArrayList<>();
        hosts.forEach(h -> names.add(h.getAsJsonObject().get("host").getAsString()));
        assertThat(names).containsExactly("a1", "a10", "a2", "b", "blog512", "copr", "tarragon");
    }

    @Test
    void aHostThatCannotBeReadIsExitThreeAndTheOthersAreStillLinted() throws IOException {
        // copr's main httpd file replaced by a binary: httpd would not start, headroom cannot read it.
        Path broken = fleet.resolve("copr/etc/httpd/conf/httpd.conf");
        Files.write(broken, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        // and a host whose facts file is not INI
        addHost("web9", "blog512");
        Files.writeString(fleet.resolve("web9.ini"), "[host\nram = 1G\n", StandardCharsets.UTF_8);

        CliRun r = CliRun.of("lint", "--hosts", fleet.toString(), "-f", "json");

        assertThat(r.exit()).isEqualTo(3);
        JsonObject log = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray hosts = log.getAsJsonArray("hosts");
        assertThat(hosts.get(0).getAsJsonObject().get("exit").getAsInt()).isEqualTo(1);
        JsonObject copr = hosts.get(1).getAsJsonObject();
        assertThat(copr.get("exit").getAsInt()).isEqualTo(3);
        assertThat(copr.getAsJsonArray("errors").get(0).getAsString())
                .startsWith("etc/httpd/conf/httpd.conf: error: ");
        assertThat(hosts.get(2).getAsJsonObject().get("exit").getAsInt()).isEqualTo(1);
        assertThat(hosts.get(2).getAsJsonObject().get("findings").getAsInt()).isEqualTo(7);
        assertThat(hosts.get(3).getAsJsonObject().get("exit").getAsInt()).isEqualTo(3);
        assertThat(r.err()).contains("copr: etc/httpd/conf/httpd.conf: error: ")
                .contains("web9: " + fleet.resolve("web9.ini") + ":1:");
        assertThat(r.err().indexOf("copr: ")).isLessThan(r.err().indexOf("web9: "));

        CliRun text = CliRun.of("lint", "--hosts", fleet.toString());
        // The binary file is also a finding on its host (GE003); web9 is linted without facts.
        assertThat(text.out()).contains("\ncopr/etc/httpd/conf/httpd.conf: error: the file holds NUL bytes")
                .contains("\nweb9/lib/systemd/system/varnish.service:9:1: warning: ")
                .endsWith("\n18 findings on 4 hosts: 1 error, 17 warnings, 0 info; "
                        + "2 hosts not fully read (see the errors)\n");
    }

    @Test
    void theExitCodeIsTheWorstHosts() throws IOException {
        Path clean = tmp.resolve("clean");
        Files.createDirectories(clean.resolve("empty1"));
        Files.createDirectories(clean.resolve("empty2/etc"));
        CliRun none = CliRun.of("lint", "--hosts", clean.toString());
        assertThat(none.out()).isEqualTo("no findings on 2 hosts\n");
        assertThat(none.exit()).isZero();

        // copr alone has an info finding and a warning: 1 by default, 0 with --fail-on error.
        Path one = tmp.resolve("one");
        TreeCopy.copy(fleet.resolve("copr"), one.resolve("copr"));
        TreeCopy.copy(clean.resolve("empty1"), one.resolve("empty1"));
        assertThat(CliRun.of("lint", "--hosts", one.toString()).exit()).isEqualTo(1);
        assertThat(CliRun.of("lint", "--hosts", one.toString(), "--fail-on", "error").exit()).isZero();
        assertThat(CliRun.of("lint", "--hosts", one.toString(), "--select", "HT320", "--fail-on", "warning").exit())
                .isZero();
        assertThat(CliRun.of("lint", "--hosts", one.toString(), "--select", "HT320", "--fail-on", "info").exit())
                .isEqualTo(1);
    }

    @Test
    void eachHostHasTheConfigurationLintRootWouldFindForIt() throws IOException {
        // DIR's own file serves every host, copr's own replaces it, and web9's is wrong.
        Files.writeString(fleet.resolve(".headroom.ini"), "[rules]\nselect = SD\n");
        Files.writeString(fleet.resolve("copr/.headroom.ini"), "[rules]\nselect = HT\nfail-on = none\n");
        addHost("web9", "copr");
        Files.writeString(fleet.resolve("web9/.headroom.ini"), "[rules]\nfail-on = loud\n");

        CliRun r = CliRun.of("lint", "--hosts", fleet.toString(), "-f", "json");

        JsonObject log = JsonParser.parseString(r.out()).getAsJsonObject();
        List<String> found = new ArrayList<>();
        for (JsonElement f : log.getAsJsonArray("findings")) {
            JsonObject o = f.getAsJsonObject();
            found.add(o.get("host").getAsString() + " " + o.get("rule").getAsString());
        }
        // tarragon has no SD findings; copr's own file selects HT instead.
        assertThat(found).containsExactly("blog512 SD302", "blog512 SD302", "blog512 SD301", "copr HT320");
        JsonArray hosts = log.getAsJsonArray("hosts");
        assertThat(hosts.get(1).getAsJsonObject().get("exit").getAsInt()).isZero();
        assertThat(hosts.get(3).getAsJsonObject().get("exit").getAsInt()).isEqualTo(2);
        assertThat(r.err()).contains("web9: " + fleet.resolve("web9/.headroom.ini") + ":2:1: error: ");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void hiddenDirectoriesAndFactsFilesAreNotHosts() throws IOException {
        Files.createDirectories(fleet.resolve(".git/objects"));
        Files.writeString(fleet.resolve("README"), "not a host\n");
        CliRun r = CliRun.of("lint", "--hosts", fleet.toString(), "-f", "json");
        assertThat(JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("hosts")).hasSize(3);
    }

    @Test
    void fileFormatsPutTheHostFirstInThePath() throws IOException {
        CliRun sarif = CliRun.of("lint", "--hosts", fleet.toString(), "-f", "sarif");
        JsonObject run = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
        dev.headroom.report.SarifShape.check(JsonParser.parseString(sarif.out()).getAsJsonObject());
        JsonObject location = run.getAsJsonArray("results").get(5).getAsJsonObject().getAsJsonArray("locations")
                .get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
        assertThat(location.get("uri").getAsString()).isEqualTo("copr/etc/httpd/conf.modules.d/00-mpm.conf");
        assertThat(location.get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
        assertThat(run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString())
                .isEqualTo(fleet.toUri().toString());

        assertThat(CliRun.of("lint", "--hosts", fleet.toString(), "-f", "checkstyle").out())
                .contains("<file name=\"copr/etc/httpd/conf.modules.d/00-mpm.conf\">");
        assertThat(CliRun.of("lint", "--hosts", fleet.toString(), "-f", "github").out())
                .contains("::notice file=copr/etc/httpd/conf.modules.d/00-mpm.conf,line=8,col=5,");
    }

    @Test
    void hostsTakesNoPathsRootFactsOrLang() throws IOException {
        Path file = fleet.resolve("copr/etc/httpd/conf/httpd.conf");
        String[][] misuses = {
            {"lint", "--hosts", fleet.toString(), file.toString()},
            {"lint", "--hosts", fleet.toString(), "--root", fleet.resolve("copr").toString()},
            {"lint", "--hosts", fleet.toString(), "--facts", fleet.resolve("blog512.ini").toString()},
            {"lint", "--hosts", fleet.toString(), "--lang", "httpd"},
            {"lint", "--hosts", fleet.toString(), "--jobs", "0"},
            {"lint", "--root", fleet.resolve("copr").toString(), "--jobs", "2"},
            {"lint", "--hosts", fleet.toString(), "--jobs", "many"},
        };
        for (String[] args : misuses) {
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("headroom: ").contains("Try 'headroom lint --help'");
        }
    }

    @Test
    void aMissingOrEmptyFleetDirectoryIsAnInputThatCannotBeRead() throws IOException {
        CliRun missing = CliRun.of("lint", "--hosts", tmp.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("nowhere: error: cannot list the host directories");
        CliRun empty = CliRun.of("lint", "--hosts", Files.createDirectories(tmp.resolve("empty")).toString());
        assertThat(empty.exit()).isEqualTo(3);
        assertThat(empty.err()).contains("empty: error: no host directories");
    }

    @Test
    void theProgressBarFillsUpAndCountsHosts() {
        assertThat(ProgressBar.render(0, 200, 10)).isEqualTo("[          ] 0/200 hosts");
        assertThat(ProgressBar.render(114, 200, 10)).isEqualTo("[====>     ] 114/200 hosts");
        assertThat(ProgressBar.render(200, 200, 10)).isEqualTo("[==========] 200/200 hosts");
        assertThat(ProgressBar.render(1, 1, 4)).isEqualTo("[====] 1/1 host");
        // tests never run on a terminal: no bar in the captured stderr
        assertThat(CliRun.of("lint", "--hosts", fleet.toString()).err()).doesNotContain("hosts\r");
    }
}
