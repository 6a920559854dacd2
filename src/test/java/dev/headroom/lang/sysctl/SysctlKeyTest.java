package dev.headroom.lang.sysctl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Key normalisation as systemd's sysctl_normalize() and path_simplify() do it. */
class SysctlKeyTest {

    private static String path(String written) {
        return SysctlKey.of(written).path();
    }

    @Test
    void theExamplesOfTheManPageNameTheSameFiles() {
        // sysctl.d(5): kernel.domainname=foo and kernel/domainname=foo are equivalent ...
        assertThat(path("kernel.domainname")).isEqualTo("kernel/domainname");
        assertThat(path("kernel/domainname")).isEqualTo("kernel/domainname");
        // ... and both spellings refer to /proc/sys/net/ipv4/conf/enp3s0.200/forwarding.
        assertThat(path("net.ipv4.conf.enp3s0/200.forwarding")).isEqualTo("net/ipv4/conf/enp3s0.200/forwarding");
        assertThat(path("net/ipv4/conf/enp3s0.200/forwarding")).isEqualTo("net/ipv4/conf/enp3s0.200/forwarding");
        // The SYNOPSIS lines with a mixture.
        assertThat(path("key/middle.part.with.dots/foo")).isEqualTo("key/middle.part.with.dots/foo");
        assertThat(path("key.middle/part/with/dots.foo")).isEqualTo("key/middle.part.with.dots/foo");
    }

    @Test
    void theDottedNameIsThePathSwappedBack() {
        assertThat(SysctlKey.of("net/ipv4/conf/enp3s0.200/forwarding").name())
                .isEqualTo("net.ipv4.conf.enp3s0/200.forwarding");
        assertThat(SysctlKey.of("fs/file-max").name()).isEqualTo("fs.file-max");
    }

    @Test
    void repeatedSeparatorsAndLeadingSlashesGo() {
        assertThat(path("vm..swappiness")).isEqualTo("vm/swappiness");
        assertThat(path("/vm//swappiness/")).isEqualTo("vm/swappiness");
        assertThat(path(".vm.swappiness")).isEqualTo("vm/swappiness");
        assertThat(path("vm/./swappiness")).isEqualTo("vm/swappiness");
        assertThat(path("vm/../vm/swappiness")).isEqualTo("vm/../vm/swappiness");
        assertThat(path("")).isEmpty();
        assertThat(path("/")).isEqualTo("/");
        assertThat(path(".")).isEqualTo("/");
    }

    @Test
    void aKeyNamesAFileOnlyWhenNormalised() {
        assertThat(SysctlKey.of("vm.swappiness").isFilePath()).isTrue();
        assertThat(SysctlKey.of("vm/../etc").isFilePath()).isFalse();
        assertThat(SysctlKey.of("").isFilePath()).isFalse();
        assertThat(SysctlKey.of("/").isFilePath()).isFalse();
        assertThat(SysctlKey.of("a/" + "x".repeat(256)).isFilePath()).isFalse();
    }

    @Test
    void globsMatchOneComponentPerWildcardAndNoLeadingDot() {
        SysctlKey glob = SysctlKey.of("net.ipv4.conf.*.rp_filter");
        assertThat(glob.isGlob()).isTrue();
        assertThat(glob.matches(SysctlKey.of("net.ipv4.conf.eth0.rp_filter"))).isTrue();
        assertThat(glob.matches(SysctlKey.of("net.ipv4.conf.enp3s0/200.rp_filter"))).isTrue();
        assertThat(glob.matches(SysctlKey.of("net.ipv4.conf.a/b.c.rp_filter"))).isFalse();
        assertThat(glob.matches(SysctlKey.of("net/ipv4/conf/.hidden/rp_filter"))).isFalse();
        assertThat(SysctlKey.of("vm.swappines?").matches(SysctlKey.of("vm.swappiness"))).isTrue();
        assertThat(SysctlKey.of("vm.[a-s]wappiness").matches(SysctlKey.of("vm.swappiness"))).isTrue();
        assertThat(SysctlKey.of("vm.swappiness").isGlob()).isFalse();
    }
}
