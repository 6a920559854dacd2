package dev.headroom.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FnmatchTest {

    @Test
    void wildcardsDoNotMatchALeadingDot() {
        assertThat(Fnmatch.matches("*.conf", "a.conf")).isTrue();
        assertThat(Fnmatch.matches("*.conf", ".hidden.conf")).isFalse();
        assertThat(Fnmatch.matches("?hidden.conf", ".hidden.conf")).isFalse();
        assertThat(Fnmatch.matches(".*.conf", ".hidden.conf")).isTrue();
        assertThat(Fnmatch.matches("[.]x", ".x")).isFalse();
    }

    @Test
    void bracketsAndEscapes() {
        assertThat(Fnmatch.matches("[0-9]*.conf", "10-mpm.conf")).isTrue();
        assertThat(Fnmatch.matches("[!0-9]*", "10")).isFalse();
        assertThat(Fnmatch.matches("a\\*", "a*")).isTrue();
        assertThat(Fnmatch.matches("a\\*", "ab")).isFalse();
        assertThat(Fnmatch.matches("[a", "[a")).isTrue();
        assertThat(Fnmatch.matches("*", "")).isTrue();
        assertThat(Fnmatch.matches("*.load", "mpm_event.load")).isTrue();
        assertThat(Fnmatch.matches("*.load", "mpm_event.conf")).isFalse();
    }

    @Test
    void patternDetection() {
        assertThat(Fnmatch.isPattern("/etc/apache2/mods-enabled/*.load")).isTrue();
        assertThat(Fnmatch.isPattern("/etc/apache2/ports.conf")).isFalse();
        assertThat(Fnmatch.isPattern("a\\*b")).isFalse();
    }
}
