package dev.headroom.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** .headroom.ini: every key read, and every mistake reported where it was written. */
class HeadroomIniTest {

    @Test
    void readsEveryKeyWithWhereItWasSet() throws ConfigException {
        HeadroomIni ini = HeadroomIni.parse(".headroom.ini", """
                ; the web tier
                [rules]
                select = HT3, SD
                ignore = HT301
                fail-on = Error
                severity.HT320 = error
                severity.sd = info

                [budget]
                reserve = 15%
                """);
        assertThat(ini.select()).isEqualTo(new Setting("HT3, SD", ".headroom.ini:3:1"));
        assertThat(ini.ignore().value()).isEqualTo("HT301");
        assertThat(ini.failOn()).isEqualTo(new Setting("error", ".headroom.ini:5:1"));
        assertThat(ini.severities()).containsExactly(new SeverityOverride("HT320", "error", ".headroom.ini:6:1"),
                new SeverityOverride("SD", "info", ".headroom.ini:7:1"));
        assertThat(ini.reserve()).isEqualTo(new Setting("15%", ".headroom.ini:10:1"));
    }

    @Test
    void anEmptyFileSetsNothing() throws ConfigException {
        HeadroomIni ini = HeadroomIni.parse("x.ini", "# nothing yet\n");
        assertThat(ini.select()).isNull();
        assertThat(ini.failOn()).isNull();
        assertThat(ini.severities()).isEmpty();
    }

    @Test
    void mistakesAreErrorsWithFileAndLine() {
        Map<String, String> cases = Map.of(
                "[rules]\nselect = HT3\n[rule]\nignore = HT301\n", "c.ini:3:1: error: unknown section [rule]",
                "[rules]\nselect = HT3\nignored = HT301\n", "c.ini:3:1: error: unknown key 'ignored' in [rules]",
                "[budget]\nram = 1G\n", "c.ini:2:1: error: unknown key 'ram' in [budget]",
                "[rules]\n\nfail-on = sometimes\n", "c.ini:3:1: error: fail-on 'sometimes' is not one of error",
                "[rules]\nseverity.HT301 = off\n", "c.ini:2:1: error: severity.HT301 = 'off' is not one of error",
                "[rules]\nseverity.301 = info\n", "c.ini:2:1: error: 'severity.301' names no rule ID",
                "[budget]\nreserve = lots\n", "c.ini:2:1: error: reserve 'lots' is neither a size",
                "[budget]\nreserve = 120%\n", "c.ini:2:1: error: reserve '120%' is neither a size",
                "select = HT3\n", "c.ini:1:1: error: not an INI line",
                "[rules]\nselect = HT3\n[budget\n", "c.ini:3:1: error: not an INI line");
        cases.forEach((text, message) -> assertThatThrownBy(() -> HeadroomIni.parse("c.ini", text))
                .as(text).isInstanceOf(ConfigException.class).hasMessageStartingWith(message));
    }

    @Test
    void flagBeatsEnvironmentBeatsFile() throws ConfigException {
        HeadroomIni file = HeadroomIni.parse("f.ini", "[rules]\nselect = HT3\nignore = HT301\nfail-on = info\n"
                + "[budget]\nreserve = 15%\n");
        Map<String, String> env = Map.of("HEADROOM_SELECT", "SD", "HEADROOM_FAIL_ON", "error",
                "HEADROOM_RESERVE", "256M", "HEADROOM_IGNORE", "");
        RunConfig onlyFile = RunConfig.resolve(file, Map.of(), RunConfig.Flags.NONE);
        assertThat(onlyFile.selectIds()).containsExactly("HT3");
        assertThat(onlyFile.failOnOr("warning")).isEqualTo("info");
        assertThat(onlyFile.reserve().where()).isEqualTo("f.ini:6:1");

        RunConfig withEnv = RunConfig.resolve(file, env, RunConfig.Flags.NONE);
        assertThat(withEnv.select()).isEqualTo(new Setting("SD", "HEADROOM_SELECT"));
        assertThat(withEnv.ignoreIds()).as("an empty variable is unset").containsExactly("HT301");
        assertThat(withEnv.failOnOr("warning")).isEqualTo("error");
        assertThat(withEnv.reserveValue().bytes()).isEqualTo(256L << 20);

        RunConfig withFlags = RunConfig.resolve(file, env,
                new RunConfig.Flags(List.of("CL"), List.of("CL001"), "none", "10%"));
        assertThat(withFlags.select()).isEqualTo(new Setting("CL", "--select"));
        assertThat(withFlags.ignore()).isEqualTo(new Setting("CL001", "--ignore"));
        assertThat(withFlags.failOnOr("warning")).isEqualTo("none");
        assertThat(withFlags.reserve()).isEqualTo(new Setting("10%", "--reserve"));

        assertThat(RunConfig.resolve(HeadroomIni.NONE, Map.of(), RunConfig.Flags.NONE).failOnOr("warning"))
                .isEqualTo("warning");
    }

    @Test
    void aBadEnvironmentVariableIsNamed() {
        assertThatThrownBy(() -> RunConfig.resolve(HeadroomIni.NONE, Map.of("HEADROOM_FAIL_ON", "loud"),
                RunConfig.Flags.NONE)).hasMessage("HEADROOM_FAIL_ON: error: fail-on 'loud' is not one of error, "
                        + "warning, info, none");
        assertThatThrownBy(() -> RunConfig.resolve(HeadroomIni.NONE, Map.of("HEADROOM_RESERVE", "x"),
                RunConfig.Flags.NONE)).hasMessageStartingWith("HEADROOM_RESERVE: error: reserve 'x'");
    }
}
