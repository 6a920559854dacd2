package dev.headroom.model.systemd.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Delegate= as config_parse_delegate() reads it (domain.md C.9, and the dump of systemd 252). */
class DelegateTest {

    private static Delegate.Assignment read(String v) throws InvalidValueException {
        return Delegate.read("Delegate", v);
    }

    @Test
    void booleans() throws InvalidValueException {
        assertThat(Delegate.parse("Delegate", "yes")).isTrue();
        assertThat(Delegate.parse("Delegate", "YES")).isTrue();
        assertThat(Delegate.parse("Delegate", "no")).isFalse();
        // The dump: "DelegateControllers: cpu cpuset io memory pids".
        assertThat(read("yes").controllers()).containsExactly("cpu", "cpuset", "io", "memory", "pids");
        assertThat(read("0").controllers()).isEmpty();
    }

    @Test
    void controllerListTurnsItOn() throws InvalidValueException {
        Delegate.Assignment a = read("memory cpu");
        assertThat(a.enabled()).isTrue();
        assertThat(a.controllers()).containsExactly("cpu", "memory");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void anInvalidNameStillTurnsItOn() throws InvalidValueException {
        // domain.md C.9: "Delegate=maybe → warning ... but still Delegate: yes".
        Delegate.Assignment a = read("maybe");
        assertThat(a.enabled()).isTrue();
        assertThat(a.controllers()).isEmpty();
        assertThat(a.warnings()).containsExactly("Invalid controller name 'maybe', ignoring");
    }

    @Test
    void emptyTurnsItOnWithNoControllers() throws InvalidValueException {
        // Not in domain.md; the dump shows "Delegate: yes", "DelegateControllers: ".
        Delegate.Assignment a = read("");
        assertThat(a.enabled()).isTrue();
        assertThat(a.controllers()).isEmpty();
        assertThat(a.adds()).isFalse();
    }

    @Test
    void quotesGroupWords() throws InvalidValueException {
        assertThat(read("\"cpu memory\"").warnings()).containsExactly("Invalid controller name 'cpu memory', ignoring");
        assertThat(read("cpu\\ memory").warnings()).containsExactly("Invalid controller name 'cpu memory', ignoring");
        assertThat(read("\"\" cpu").warnings()).containsExactly("Invalid controller name '', ignoring");
        assertThat(read("'pids'").controllers()).containsExactly("pids");
    }

    @Test
    void badQuotingIgnoresTheLineAfterWarningAboutEarlierNames() {
        assertThatThrownBy(() -> read("\"cpu io\" 'pids"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Invalid syntax, ignoring: \"cpu io\" 'pids");
                    assertThat(e.warnings()).isEqualTo(List.of("Invalid controller name 'cpu io', ignoring",
                            "Invalid syntax, ignoring: \"cpu io\" 'pids"));
                });
        assertThatThrownBy(() -> read("cpu\\")).hasMessage("Invalid syntax, ignoring: cpu\\");
    }

    @Test
    void listsAddUpBooleansReplace() throws InvalidValueException {
        Delegate.Assignment s = Delegate.Assignment.NONE.followedBy(read("pids")).followedBy(read("memory"));
        assertThat(s.enabled()).isTrue();
        assertThat(s.controllers()).containsExactly("memory", "pids");
        assertThat(s.followedBy(read("no")).enabled()).isFalse();
        assertThat(s.followedBy(read("")).controllers()).isEmpty();
        // yes, then no, then pids: the dump shows "DelegateControllers: pids".
        assertThat(read("yes").followedBy(read("no")).followedBy(read("pids")).controllers()).containsExactly("pids");
    }
}
