package dev.headroom.model.systemd.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** parse_boolean(): six words each way, ASCII case ignored, nothing else. */
class SystemdBooleanTest {

    @ParameterizedTest(name = "{0} is true")
    @ValueSource(strings = {"1", "yes", "y", "true", "t", "on", "YES", "Yes", "TRUE", "On", "Y", "T"})
    void trueWords(String v) throws InvalidValueException {
        assertThat(SystemdBoolean.parse("RemainAfterExit", v)).isTrue();
    }

    @ParameterizedTest(name = "{0} is false")
    @ValueSource(strings = {"0", "no", "n", "false", "f", "off", "NO", "False", "OFF", "N", "F"})
    void falseWords(String v) throws InvalidValueException {
        assertThat(SystemdBoolean.parse("RemainAfterExit", v)).isFalse();
    }

    @ParameterizedTest(name = "{0} is not a boolean")
    @ValueSource(strings = {"", "2", "maybe", "yess", "enable", "enabled", "ja", "0x1", "+1", "01", "yeſ", "\"yes\""})
    void notBooleans(String v) {
        assertThatThrownBy(() -> SystemdBoolean.parse("PrivateTmp", v))
                .hasMessage("Failed to parse boolean value, ignoring: " + v);
    }

    @Test
    void onFailureIsolateHasItsOwnWording() {
        assertThatThrownBy(() -> SystemdBoolean.parse("OnFailureIsolate", "maybe"))
                .hasMessage("Failed to parse boolean, ignoring: maybe");
    }
}
