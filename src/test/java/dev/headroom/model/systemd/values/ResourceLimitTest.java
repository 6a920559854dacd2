package dev.headroom.model.systemd.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The [RUN] list of shared/domain.md C.11, and rlimit_parse()'s corners. */
class ResourceLimitTest {

    private static final long INF = ResourceLimit.INFINITY;

    private static ResourceLimit nofile(String v) throws InvalidValueException {
        return ResourceLimit.parse("LimitNOFILE", v);
    }

    @ParameterizedTest(name = "LimitNOFILE={0} → {1}:{2}")
    @CsvSource(delimiter = '|', value = {
        "65536|65536|65536",
        "1024:65536|1024|65536",
        "65536:infinity|65536|-1",
        "infinity|-1|-1",
        "0|0|0",
        "1048577|1048577|1048577",
        // corners confirmed with systemd-analyze verify and the systemd --test dump
        "0x400|1024|1024",
        "010|8|8",
        "0o10|8|8",
        "0b11|3|3",
        "-0|0|0",
        "10\\24|1024|1024",
        "infinity:infinity|-1|-1",
        "+5|5|5",
    })
    void accepted(String value, long soft, long hard) throws InvalidValueException {
        assertThat(nofile(value)).isEqualTo(new ResourceLimit(soft, hard));
    }

    @ParameterizedTest(name = "LimitNOFILE={0} is invalid")
    @ValueSource(strings = {"1K", "abc", "-1", "", "1024:", ":1024", "1:2:3", "18446744073709551615", " 5 : 6",
        "5\\", "Infinity", "1.5", "0x", "1024 :2048"})
    void invalid(String value) {
        assertThatThrownBy(() -> nofile(value))
                .hasMessage("Failed to parse resource value, ignoring: " + value.strip());
    }

    @ParameterizedTest(name = "LimitNOFILE={0}: soft above hard")
    @ValueSource(strings = {"1024:512", "infinity:1024", "0x400:010"})
    void softAboveHard(String value) {
        assertThatThrownBy(() -> nofile(value))
                .hasMessage("Soft resource limit chosen higher than hard limit, ignoring: " + value);
    }

    @Test
    void defaultIsDocumented() {
        assertThat(ResourceLimit.DEFAULT_NOFILE).isEqualTo(new ResourceLimit(1024, 524288));
        assertThat(ResourceLimit.DEFAULT_NOFILE.toString()).isEqualTo("1024:524288");
        assertThat(new ResourceLimit(INF, INF).toString()).isEqualTo("infinity");
        assertThat(new ResourceLimit(65536, INF).toString()).isEqualTo("65536:infinity");
    }

    @Test
    void otherResourcesUseTheirOwnReaders() throws InvalidValueException {
        assertThat(ResourceLimit.parse("LimitMEMLOCK", "64K")).isEqualTo(new ResourceLimit(65536, 65536));
        assertThat(ResourceLimit.parse("LimitCPU", "1.5")).isEqualTo(new ResourceLimit(2, 2));
        assertThat(ResourceLimit.parse("LimitRTTIME", "1s")).isEqualTo(new ResourceLimit(1_000_000, 1_000_000));
        assertThat(ResourceLimit.parse("LimitNICE", "-20")).isEqualTo(new ResourceLimit(40, 40));
        assertThat(ResourceLimit.parse("LimitNICE", "+19")).isEqualTo(new ResourceLimit(1, 1));
        assertThat(ResourceLimit.parse("DefaultLimitNOFILE", "1024:524288")).isEqualTo(ResourceLimit.DEFAULT_NOFILE);
        assertThatThrownBy(() -> ResourceLimit.parse("LimitNICE", "infinity"))
                .hasMessage("Failed to parse resource value, ignoring: infinity");
        assertThatThrownBy(() -> ResourceLimit.parse("MemoryMax", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
