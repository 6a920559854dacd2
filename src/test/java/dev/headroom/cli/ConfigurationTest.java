package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/**
 * The settings of a run through the real command line: a flag over a HEADROOM_* variable over
 * the .headroom.ini found upward from the inputs (else the user's XDG file, else the one
 * --config names), and each mistake an exit 2 that says where it was written. The environment
 * is injected, never the real one.
 */
class ConfigurationTest {

    @TempDir
    Path dir;

    private Path conf;

    /** An event MPM config with one warning: HT301 (85 is not a multiple of 10). */
    @BeforeEach
    void fixture() throws IOException {
        conf = dir.resolve("proj/conf/httpd.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "LoadModule mpm_event_module modules/mod_mpm_event.so\nServerLimit 12\n"
                + "ThreadsPerChild 10\nMaxRequestWorkers 85\nMaxConnectionsPerChild 10000\n");
    }

    private Path ini(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private CliRun lint(Map<String, String> env, String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "lint";
        args[1] = "--root";
        args[2] = dir.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        args[args.length - 1] = conf.toString();
        return CliRun.withEnv(env, args);
    }

    @Test
    void withoutConfigurationTheWarningFails() {
        CliRun r = lint(Map.of());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("warning:").contains("[HT301 AH00513]");
    }

    @Test
    void aSeverityOverrideChangesTheReportAndTheExitCode() throws IOException {
        ini("proj/.headroom.ini", "[rules]\nseverity.HT301 = info\n");
        CliRun r = lint(Map.of());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("conf/httpd.conf:4:1: info: MaxRequestWorkers of 85").contains("1 info");
        assertThat(lint(Map.of(), "--fail-on", "info").exit()).isEqualTo(1);
        assertThat(lint(Map.of(), "-f", "json").out()).contains("\"severity\": \"info\"");

        ini("proj/.headroom.ini", "[rules]\nseverity.HT3 = info\nseverity.HT301 = error\nfail-on = error\n");
        r = lint(Map.of());
        assertThat(r.exit()).as("the longest prefix wins").isEqualTo(1);
        assertThat(r.out()).contains(": error: MaxRequestWorkers of 85");
    }

    @Test
    void flagBeatsEnvironmentBeatsFile() throws IOException {
        ini("proj/.headroom.ini", "[rules]\nignore = HT301\n");
        assertThat(lint(Map.of()).exit()).as("file").isZero();
        assertThat(lint(Map.of("HEADROOM_IGNORE", "HT320")).exit()).as("environment over file").isEqualTo(1);
        assertThat(lint(Map.of("HEADROOM_IGNORE", "HT320"), "--ignore", "HT3").exit()).as("flag over environment")
                .isZero();

        ini("proj/.headroom.ini", "[rules]\nfail-on = none\n");
        assertThat(lint(Map.of()).exit()).isZero();
        assertThat(lint(Map.of("HEADROOM_FAIL_ON", "warning")).exit()).isEqualTo(1);
        assertThat(lint(Map.of("HEADROOM_FAIL_ON", "warning"), "--fail-on", "error").exit()).isZero();

        ini("proj/.headroom.ini", "[rules]\nselect = SD\n");
        assertThat(lint(Map.of()).out()).doesNotContain("HT301");
        assertThat(lint(Map.of("HEADROOM_SELECT", "HT")).out()).contains("HT301");
        assertThat(lint(Map.of("HEADROOM_SELECT", "HT"), "--select", "CL").out()).doesNotContain("HT301");
    }

    @Test
    void theUsersXdgFileWhenNoneIsFoundUpward() throws IOException {
        ini("xdg/headroom/config.ini", "[rules]\nignore = HT301\n");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        assertThat(lint(env).exit()).isZero();
        ini("proj/conf/.headroom.ini", "[rules]\nfail-on = warning\n");
        assertThat(lint(env).exit()).as("the nearer file is the whole configuration").isEqualTo(1);
    }

    @Test
    void configNamesTheFileAndNothingIsSearched() throws IOException {
        ini("proj/.headroom.ini", "[rules]\nfail-on = warning\n");
        Path named = ini("ci.ini", "[rules]\nfail-on = error\n");
        assertThat(lint(Map.of(), "--config", named.toString()).exit()).isZero();
        assertThat(lint(Map.of("HEADROOM_CONFIG", named.toString())).exit()).isZero();
        CliRun missing = lint(Map.of(), "--config", dir.resolve("nope.ini").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.ini: error: no such configuration file");
    }

    @Test
    void mistakesExitTwoSayingWhere() throws IOException {
        Path file = ini("proj/.headroom.ini", "[rules]\nselect = HT3\nfail-on = loud\n");
        CliRun r = lint(Map.of());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(file + ":3:1: error: fail-on 'loud' is not one of error, warning, info, none\n");

        ini("proj/.headroom.ini", "[rules]\nignore = HT301, HT999\n");
        r = lint(Map.of());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(file + ":2:1: error: no rule matches HT999 (see 'headroom rules')\n");

        ini("proj/.headroom.ini", "[rules]\nseverity.ZZ1 = info\n");
        assertThat(lint(Map.of()).err()).contains(":2:1: error: no rule matches ZZ1");

        ini("proj/.headroom.ini", "[rules]\nselect = HT3\n");
        r = lint(Map.of("HEADROOM_SELECT", "XX"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("HEADROOM_SELECT: error: no rule matches XX (see 'headroom rules')\n");
        assertThat(lint(Map.of(), "--select", "XX").err())
                .isEqualTo("headroom: no rule matches XX (see 'headroom rules')\n");
    }

    @Test
    void budgetReadsTheReserveFlagOverEnvironmentOverFile() throws IOException {
        Path root = Oracles.project().resolve("examples/blog512/root");
        Path facts = Oracles.project().resolve("examples/blog512/host.ini");
        Path file = ini("budget.ini", "[budget]\nreserve = 25%\n");
        String[] args = {"budget", "-f", "json", "--root", root.toString(), "--facts", facts.toString(),
            "--config", file.toString()};
        assertThat(CliRun.withEnv(Map.of(), args).out()).contains("\"reserve\": 134217728");
        assertThat(CliRun.withEnv(Map.of("HEADROOM_RESERVE", "100M"), args).out()).contains("\"reserve\": 104857600");
        String[] withFlag = java.util.Arrays.copyOf(args, args.length + 2);
        withFlag[args.length] = "--reserve";
        withFlag[args.length + 1] = "200M";
        assertThat(CliRun.withEnv(Map.of("HEADROOM_RESERVE", "100M"), withFlag).out())
                .contains("\"reserve\": 209715200");

        ini("budget.ini", "[budget]\nreserve = some\n");
        CliRun r = CliRun.withEnv(Map.of(), args);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("budget.ini:2:1: error: reserve 'some' is neither a size");
    }

    @Test
    void lintsBudgetRulesHoldTheReserveBudgetHolds() {
        Path root = Oracles.project().resolve("examples/tarragon/root");
        Path facts = Oracles.project().resolve("examples/tarragon/host.ini");
        String[] args = {"lint", "--root", root.toString(), "--facts", facts.toString(), "--select", "MB301"};
        assertThat(CliRun.withEnv(Map.of(), args).out()).contains("less 384 MiB reserve");
        assertThat(CliRun.withEnv(Map.of("HEADROOM_RESERVE", "1G"), args).out()).contains("less 1 GiB reserve")
                .doesNotContain("384 MiB reserve");
    }
}
