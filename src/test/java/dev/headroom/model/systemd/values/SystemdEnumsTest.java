package dev.headroom.model.systemd.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Type=, OOMPolicy=, Restart=: exact names of systemd 252's string tables (domain.md C.8, C.9). */
class SystemdEnumsTest {

    @Test
    void serviceTypesOf252() throws InvalidValueException {
        assertThat(Arrays.stream(ServiceType.values()).map(ServiceType::systemdName).collect(Collectors.toList()))
                .containsExactly("simple", "exec", "forking", "oneshot", "dbus", "notify", "idle");
        for (ServiceType t : ServiceType.values()) {
            assertThat(ServiceType.parse("Type", t.systemdName())).isEqualTo(t);
        }
    }

    @ParameterizedTest(name = "Type={0} is rejected")
    @ValueSource(strings = {"notify-reload", "Notify", "SIMPLE", "", "fork", "simple forking", "\"simple\""})
    void rejectedTypes(String v) {
        assertThatThrownBy(() -> ServiceType.parse("Type", v))
                .hasMessage("Failed to parse service type, ignoring: " + v);
    }

    @Test
    void whichTypesTimeTheDaemonsOwnStartUp() {
        // domain.md C.8: the start timeout covers the daemon's initialisation for these only.
        assertThat(Arrays.stream(ServiceType.values()).filter(ServiceType::startWaitsForDaemon))
                .containsExactlyInAnyOrder(ServiceType.FORKING, ServiceType.NOTIFY, ServiceType.DBUS,
                        ServiceType.ONESHOT);
    }

    @Test
    void oomPolicies() throws InvalidValueException {
        assertThat(OomPolicy.parse("OOMPolicy", "continue")).isEqualTo(OomPolicy.CONTINUE);
        assertThat(OomPolicy.parse("OOMPolicy", "stop")).isEqualTo(OomPolicy.STOP);
        assertThat(OomPolicy.parse("DefaultOOMPolicy", "kill")).isEqualTo(OomPolicy.KILL);
        assertThat(OomPolicy.KILL.systemdName()).isEqualTo("kill");
        assertThat(OomPolicy.DEFAULT).isEqualTo(OomPolicy.STOP);
        assertThatThrownBy(() -> OomPolicy.parse("OOMPolicy", "Stop"))
                .hasMessage("Failed to parse OOM policy, ignoring: Stop");
        assertThatThrownBy(() -> OomPolicy.parse("OOMPolicy", ""))
                .hasMessage("Failed to parse OOM policy, ignoring: ");
    }

    @Test
    void restartPolicies() throws InvalidValueException {
        assertThat(Arrays.stream(RestartPolicy.values()).map(RestartPolicy::systemdName).collect(Collectors.toList()))
                .containsExactly("no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always");
        assertThat(RestartPolicy.parse("Restart", "on-abort")).isEqualTo(RestartPolicy.ON_ABORT);
        assertThatThrownBy(() -> RestartPolicy.parse("Restart", "on-fail"))
                .hasMessage("Failed to parse service restart specifier, ignoring: on-fail");
        assertThatThrownBy(() -> RestartPolicy.parse("Restart", "yes"))
                .hasMessage("Failed to parse service restart specifier, ignoring: yes");
    }
}
