package dev.headroom.model.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.headroom.model.systemd.values.CommandWords;

class ClamCommandLineTest {

    @Test
    void everyWayToNameTheConfigurationFile() {
        assertThat(parse("/usr/sbin/clamd -c /etc/clamd.d/scan.conf").configFile()).isEqualTo("/etc/clamd.d/scan.conf");
        assertThat(parse("/usr/sbin/clamd -c/etc/clamd.d/a.conf").configFile()).isEqualTo("/etc/clamd.d/a.conf");
        assertThat(parse("/usr/sbin/clamd --config-file=/etc/x.conf").configFile()).isEqualTo("/etc/x.conf");
        assertThat(parse("/usr/sbin/clamd --config-file \"/etc/my clamd.conf\"").configFile())
                .isEqualTo("/etc/my clamd.conf");
        assertThat(parse("/usr/sbin/clamd --foreground=true").configFile()).isNull();
    }

    @Test
    void freshclamAsADaemon() {
        assertThat(parse("/usr/bin/freshclam -d --foreground=true").daemon()).isTrue();
        assertThat(parse("/usr/bin/freshclam --daemon").daemon()).isTrue();
        assertThat(parse("/usr/bin/freshclam --quiet").daemon()).isFalse();
        // " -d" inside another word is not the option.
        assertThat(parse("/usr/bin/freshclam --datadir=/x-d").daemon()).isFalse();
    }

    private static ClamCommandLine parse(String execStart) {
        return ClamCommandLine.parse(CommandWords.of(execStart));
    }
}
