package dev.headroom.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.headroom.model.HostFacts;
import dev.headroom.model.openbsd.OpenbsdRelease;

/** The facts file's [openbsd] section. */
class FactsOpenbsdTest {

    @Test
    void readsReleaseArchAndPeers() throws Exception {
        HostFacts f = FactsFile.parse("h.ini", "[host]\nram = 512M\n[openbsd]\nrelease = 3.1\narch = i386\npeers = 2\n");
        assertThat(f.openbsd().release()).isEqualTo(OpenbsdRelease.of(3, 1));
        assertThat(f.openbsd().arch()).isEqualTo("i386");
        assertThat(f.openbsd().peers()).isEqualTo(2);
        assertThat(FactsFile.parse("h.ini", "[host]\nram = 1G\n").openbsd()).isNull();
    }

    @Test
    void typosAreErrorsWithTheirPlace() {
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[openbsd]\nrelese = 3.1\n"))
                .hasMessageContaining("unknown key 'relese'");
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[openbsd]\nrelease = three\n"))
                .hasMessageContaining("is not an OpenBSD release");
        assertThatThrownBy(() -> FactsFile.parse("h.ini", "[openbsd]\npeers = 0\n"))
                .hasMessageContaining("peers = '0'");
    }
}
