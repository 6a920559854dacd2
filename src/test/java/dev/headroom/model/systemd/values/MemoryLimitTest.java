package dev.headroom.model.systemd.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The [RUN] table of shared/domain.md C.10, and the corners of parse_size()/parse_permyriad(). */
class MemoryLimitTest {

    /** The host of domain.md C.10: MemTotal = 24683656 kB. */
    private static final long DOMAIN_HOST = 24683656L * 1024;

    private static MemoryLimit max(String v) throws InvalidValueException {
        return MemoryLimit.parse("MemoryMax", v);
    }

    @ParameterizedTest(name = "MemoryMax={0} → {1} bytes")
    @CsvSource(delimiter = '|', value = {
        "512M|536870912",
        "512 M|536870912",
        "1.5G|1610612736",
        "512K|524288",
        "1T|1099511627776",
        "1P|1125899906842624",
        "1E|1152921504606846976",
        "512B|512",
        "1024|1024",
        // corners confirmed with systemd-analyze verify and the systemd --test dump
        "1.1G|1181116006",
        "1G1M|1074790400",
        "1G 512M|1610612736",
        "1K 5|1029",
        "10.M|10485760",
        "1. G|1073741824",
        "+5M|5242880",
    })
    void bytes(String value, long bytes) throws InvalidValueException {
        MemoryLimit m = max(value);
        assertThat(m.bytes()).isEqualTo(bytes);
        assertThat(m.isPercentage()).isFalse();
        assertThat(m.infinite()).isFalse();
        assertThat(m.resolve(DOMAIN_HOST)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0} of 24683656 kB → {2}")
    @CsvSource(delimiter = '|', value = {
        "80%|8000|20220850176",
        "100%|10000|25276063744",
        "5.5%|550|",
        "50.55%|5055|",
        "010%|800|",
        "0x10%|1600|",
        "500‰|5000|",
        "5‱|5|",
        "+5%|500|",
    })
    void percentages(String value, int permyriad, Long bytes) throws InvalidValueException {
        MemoryLimit m = max(value);
        assertThat(m.permyriad()).isEqualTo(permyriad);
        assertThat(m.isPercentage()).isTrue();
        if (bytes != null) {
            assertThat(m.resolve(DOMAIN_HOST)).isEqualTo(bytes);
        }
        assertThat(m.resolve(DOMAIN_HOST) % MemoryLimit.PAGE_SIZE).isZero();
    }

    @Test
    void percentagesAlsoForMemoryHigh() throws InvalidValueException {
        assertThat(MemoryLimit.parse("MemoryHigh", "80%").resolve(DOMAIN_HOST)).isEqualTo(20220850176L);
    }

    @ParameterizedTest(name = "MemoryMax={0} is invalid")
    @ValueSource(strings = {"512MB", "512m", "1Gi", "max", "101%", "80 %", "\"1G\"", "1M 1G", "5 5", "1 .5G",
        ".5G", "5.555%", "100.5%", "1%%", "G", "1e3", "-"})
    void invalid(String value) {
        assertThatThrownBy(() -> max(value))
                .hasMessage("Invalid memory limit '" + value + "', ignoring: Invalid argument");
    }

    @ParameterizedTest(name = "MemoryMax={0} is out of numeric range")
    @ValueSource(strings = {"-1", "-0", "16E", "18446744073709551616", "1.99999999999999999999G", "-5%"})
    void numericallyOutOfRange(String value) {
        assertThatThrownBy(() -> max(value))
                .hasMessage("Invalid memory limit '" + value + "', ignoring: Numerical result out of range");
    }

    @ParameterizedTest(name = "MemoryMax={0}: out of range")
    @ValueSource(strings = {"0", "0%", "-0%", "0K", "18446744073709551615", "18446744073709551615.5"})
    void outOfRange(String value) {
        assertThatThrownBy(() -> max(value)).hasMessage("Memory limit '" + value + "' out of range, ignoring.");
    }

    @Test
    void zeroIsValidWhereAFloorOrSwapIsMeant() throws InvalidValueException {
        assertThat(MemoryLimit.parse("MemorySwapMax", "0")).isEqualTo(MemoryLimit.ofBytes(0));
        assertThat(MemoryLimit.parse("MemoryLow", "0%")).isEqualTo(MemoryLimit.ofBytes(0));
        assertThat(MemoryLimit.parse("MemoryMin", "0")).isEqualTo(MemoryLimit.ofBytes(0));
        assertThatThrownBy(() -> MemoryLimit.parse("MemoryHigh", "0"))
                .hasMessage("Memory limit '0' out of range, ignoring.");
        assertThatThrownBy(() -> MemoryLimit.parse("MemoryLimit", "0"))
                .hasMessage("Memory limit '0' out of range, ignoring.");
    }

    @Test
    void emptyIsUnlimitedButZeroForTheProtections() throws InvalidValueException {
        assertThat(max("")).isEqualTo(MemoryLimit.INFINITY);
        assertThat(max("infinity")).isEqualTo(MemoryLimit.INFINITY);
        assertThat(MemoryLimit.parse("MemoryLow", "")).isEqualTo(MemoryLimit.ofBytes(0));
        assertThat(MemoryLimit.parse("MemoryMin", "")).isEqualTo(MemoryLimit.ofBytes(0));
        assertThat(MemoryLimit.INFINITY.resolve(DOMAIN_HOST)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void cWrapAroundInTheOverflowCheckIsSystemds() throws InvalidValueException {
        // systemd 252 accepts this: "l + (frac > 0)" wraps to 0 in parse_size(). The dump
        // shows MemoryMax: 18446744073709551104.
        assertThat(Long.toUnsignedString(max("18446744073709551615.5K").bytes())).isEqualTo("18446744073709551104");
        assertThat(max("15E").resolve(DOMAIN_HOST)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void memoryLimitIsDeprecatedButHonoured() throws InvalidValueException {
        assertThat(MemoryLimit.parse("MemoryLimit", "1G").bytes()).isEqualTo(1L << 30);
        assertThat(MemoryLimit.deprecationWarning("MemoryLimit")).contains(
                "Unit uses MemoryLimit=; please use MemoryMax= instead. Support for MemoryLimit= will be removed soon.");
        assertThat(MemoryLimit.deprecationWarning("MemoryMax")).isEmpty();
    }

    @Test
    void keepsOneFormOnly() {
        assertThatThrownBy(() -> new MemoryLimit(5, 100, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryLimit(0, 10001, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemoryLimit.parse("TasksMax", "5")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MemoryLimit.ofPermyriad(550).toString()).isEqualTo("5.5%");
        assertThat(MemoryLimit.ofPermyriad(8000).toString()).isEqualTo("80%");
    }
}
