package dev.headroom.model.systemd.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The [RUN] table of shared/domain.md C.7 ({@code systemd-analyze timespan} on systemd 252),
 * plus the corners found while reading {@code parse_time()} and confirmed the same way.
 */
class TimeSpanTest {

    private static long micros(String v) throws InvalidValueException {
        return TimeSpan.parse("TimeoutStartSec", v).micros();
    }

    @ParameterizedTest(name = "[{0}] = {1} µs")
    @CsvSource(delimiter = '|', value = {
        "90|90000000",
        "5min 30s|330000000",
        "5min30s|330000000",
        "5 min|300000000",
        "10 sec|10000000",
        "1 hr|3600000000",
        "5minutes|300000000",
        "1.5h|5400000000",
        ".5s|500000",
        "1.5|1500000",
        "5s 5s|10000000",
        "1h30|3630000000",
        "1 2|3000000",
        "0.0000001s|0",
        "1M|2629800000000",
        "1m|60000000",
        // further corners, all confirmed with systemd-analyze timespan
        "010|10000000",
        "+5s|5000000",
        "1µs|1",
        "1μs|1",
        "1.5us|1",
        "1.9999999us|1",
        "1.000000001s|1000000",
        "2.5M|6574500000000",
        "1w|604800000000",
        "1y|31557600000000",
        "18446744073s|18446744073000000",
        "1000000000000000000us|1000000000000000000",
        "5 min 30|330000000",
        "12.34s.56|12900000",
        "1msec|1000",
        "2ms|2000",
        "3d|259200000000",
        "1weeks|604800000000",
        "1 years|31557600000000",
        "0|0",
    })
    void acceptsLikeSystemd(String value, long expected) throws InvalidValueException {
        assertThat(micros(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] is invalid")
    @ValueSource(strings = {"1ns", "1 nsec", "1e3", "1,5s", "0x10", "1.s", "5mins", "5S", "5Min", "1H",
        "infinity 5s", "-1", "18446744073709551615", "", "1.", ".s", "5s,", "18446744073709s",
        "18446744073709551614us", "18446744073709551", "µs", "5 x", "--5", "+-5", "5secs", "1hrs",
        "\"5s\"", "Infinity", "infinityx", "5s -3s", "1.2.3"})
    void rejectsLikeSystemd(String value) {
        assertThatThrownBy(() -> micros(value)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Failed to parse TimeoutStartSec= parameter, ignoring: " + value);
    }

    @Test
    void infinityStandsAloneAndMayBeSurroundedBySpace() throws InvalidValueException {
        assertThat(TimeSpan.parse("RestartSec", "infinity").infinite()).isTrue();
        assertThat(TimeSpan.parse("RestartSec", " infinity ").micros()).isEqualTo(TimeSpan.INFINITY_MICROS);
        assertThat(TimeSpan.INFINITY.seconds()).isNull();
    }

    @Test
    void zeroMeansInfinityOnlyForTheFix0Settings() throws InvalidValueException {
        assertThat(TimeSpan.parseFix0("TimeoutStartSec", "0").infinite()).isTrue();
        assertThat(TimeSpan.parseFix0("TimeoutSec", "0s").infinite()).isTrue();
        assertThat(TimeSpan.parseFix0("TimeoutStartSec", "0.0000001s").infinite()).isTrue();
        assertThat(TimeSpan.parse("RestartSec", "0").micros()).isZero();
        assertThat(TimeSpan.parseFix0("TimeoutStartSec", "420").seconds()).isEqualTo(420.0);
    }

    /** Each key's warning is its config_parse_*() function's (systemd-analyze verify, 252). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TimeoutStartSec|Failed to parse TimeoutStartSec= parameter, ignoring: x",
        "TimeoutSec|Failed to parse TimeoutSec= parameter, ignoring: x",
        "JobTimeoutSec|Failed to parse JobTimeoutSec= parameter, ignoring: x",
        "TimeoutStopSec|Failed to parse time value, ignoring: x",
        "TimeoutAbortSec|Failed to parse TimeoutAbortSec= setting, ignoring: x",
        "RestartSec|Failed to parse sec value, ignoring: x",
        "RuntimeMaxSec|Failed to parse sec value, ignoring: x",
        "DefaultTimeoutStartSec|Failed to parse sec value, ignoring: x",
    })
    void messageNamesTheParser(String key, String message) {
        assertThatThrownBy(() -> TimeSpan.parseFix0(key, "x")).hasMessage(message);
    }

    @Test
    void emptyIsInvalidNotAReset() {
        // domain.md C.3: "TimeoutStartSec= (empty) is not a reset to the default in v252".
        assertThatThrownBy(() -> TimeSpan.parseFix0("TimeoutStartSec", ""))
                .hasMessage("Failed to parse TimeoutStartSec= parameter, ignoring: ");
    }

    @Test
    void largestSpanReadsUnsigned() throws InvalidValueException {
        // 2 × (2^63 - 1) µs = 2^64 - 2, one below infinity: valid in systemd.
        TimeSpan t = TimeSpan.parse("RestartSec", "9223372036854775807us 9223372036854775807us");
        assertThat(t.micros()).isEqualTo(-2L);
        assertThat(t.infinite()).isFalse();
        assertThat(t.seconds()).isEqualTo(1.8446744073709552E13);
        assertThatThrownBy(() -> TimeSpan.parse("RestartSec", "9223372036854775807us 9223372036854775808us"))
                .isInstanceOf(InvalidValueException.class);
    }

    /** systemd-analyze timespan's "Human:" line, and the dump's 1 s accuracy. */
    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', value = {
        "90|1min 30s|1min 30s",
        "1.5|1.500000s|1s",
        "1.000001|1.000001s|1s",
        "59.999|59.999000s|59s",
        "61.5|1min 1.500000s|1min 1s",
        "3.25ms|3.250ms|3ms",
        ".5|500ms|500ms",
        "1M|1month|1month",
        "2.5M|2month 2w 1d 5h 15min|2month 2w 1d 5h 15min",
        "100y|100y|100y",
        "1h0.5s|1h 500ms|1h",
        "infinity|infinity|infinity",
        "0|0|0",
        "1.5us|1us|1us",
    })
    void formatsLikeSystemd(String value, String human, String dump) throws InvalidValueException {
        TimeSpan t = TimeSpan.parse("RestartSec", value);
        assertThat(t.toString()).isEqualTo(human);
        assertThat(t.format(1_000_000)).isEqualTo(dump);
    }

    @Test
    void humanFormParsesBack() throws InvalidValueException {
        for (String v : new String[] {"1min 1.5s", "3w 2d 1.25ms", "584541y 2month", "7.000001s"}) {
            TimeSpan t = TimeSpan.parse("RestartSec", v);
            assertThat(TimeSpan.parse("RestartSec", t.toString())).isEqualTo(t);
        }
    }
}
