package dev.headroom.model.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CgroupServiceTest {

    @Test
    void theServiceBelowTheSlices() {
        assertThat(CgroupService.unitOf("0::/system.slice/apache2.service\n")).isEqualTo("apache2.service");
        assertThat(CgroupService.unitOf("0::/system.slice/system-clamd.slice/clamd@scan.service"))
                .isEqualTo("clamd@scan.service");
        // Delegate=yes: what the service puts below itself is still the service
        assertThat(CgroupService.unitOf("0::/system.slice/docker.service/payload")).isEqualTo("docker.service");
        // a user's own units count towards their manager, which the system runs
        assertThat(CgroupService.unitOf("0::/user.slice/user-1000.slice/user@1000.service/app.slice/dbus.service"))
                .isEqualTo("user@1000.service");
        assertThat(CgroupService.unitOf("0::/system.slice/_cpu.service")).isEqualTo("cpu.service");
    }

    @Test
    void scopesAndForeignCgroupsAreNoService() {
        assertThat(CgroupService.unitOf("0::/init.scope")).isNull();
        assertThat(CgroupService.unitOf("0::/user.slice/user-1000.slice/session-3.scope")).isNull();
        assertThat(CgroupService.unitOf("0::/system.slice/docker-0123abcd.scope")).isNull();
        assertThat(CgroupService.unitOf("0::/")).isNull();
        assertThat(CgroupService.unitOf("0::/system.slice")).isNull();
        assertThat(CgroupService.unitOf("0::/docker/0123abcd")).isNull();
        assertThat(CgroupService.unitOf("0::/../../system.slice/a.service")).isNull();
        assertThat(CgroupService.unitOf("0::/system.slice/.service")).isNull();
        assertThat(CgroupService.unitOf("")).isNull();
        assertThat(CgroupService.unitOf("garbage\n::\n")).isNull();
    }

    @Test
    void cgroupV1TakesSystemdsOwnHierarchy() {
        // this machine's /proc/1/cgroup, with systemd's line set
        String v1 = "9:name=systemd:/system.slice/mysql.service\n8:pids:/\n4:memory:/process_api/b8b49dc6\n0::/\n";
        assertThat(CgroupService.unitOf(v1)).isEqualTo("mysql.service");
        assertThat(CgroupService.unitOf("9:name=systemd:/\n4:memory:/x\n0::/\n")).isNull();
        // hybrid: both say the same; a v1 root defers to the unified line
        assertThat(CgroupService.unitOf("1:name=systemd:/\n0::/system.slice/tor.service\n")).isEqualTo("tor.service");
    }
}
