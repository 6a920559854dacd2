package dev.headroom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostProbeTest {

    @TempDir
    Path dir;

    void write(String file, String text) throws IOException {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), text);
    }

    void process(int pid, int ppid, String unit, long pssKib) throws IOException {
        write("proc/" + pid + "/stat", pid + " (httpd) S " + ppid + " 1 1 0 -1 4194560 0 0 0");
        write("proc/" + pid + "/cgroup", "0::/system.slice/" + unit + "\n");
        write("proc/" + pid + "/smaps_rollup", "Rss: 1 kB\nPss: " + pssKib + " kB\n");
    }

    @Test
    void aContainerWithALimitAndTwoServices() throws IOException {
        write("proc/meminfo", "MemTotal:        4030000 kB\nMemFree:  100 kB\nSwapTotal:       1048572 kB\n");
        write("proc/self/cgroup", "0::/system.slice/headroom.service\n");
        write("cg/system.slice/memory.max", "2147483648\n");
        write("cg/system.slice/headroom.service/memory.max", "max\n");
        process(10, 1, "httpd.service", 30000);
        process(11, 10, "httpd.service", 20000);
        process(12, 10, "httpd.service", 10000);
        process(20, 1, "mariadb.service", 400000);

        HostFacts f = HostProbe.probe(dir.resolve("proc"), dir.resolve("cg"), 2);

        assertThat(f.ram()).isEqualTo(2147483648L);
        assertThat(f.swap()).isEqualTo(1048572L * 1024);
        assertThat(f.cpus()).isEqualTo(2);
        assertThat(f.source()).isEqualTo("/proc");
        assertThat(f.measured()).containsExactly(Map.entry("httpd", 60000L << 10),
                Map.entry("httpd.child", 15000L << 10), Map.entry("mariadb", 400000L << 10));
        assertThat(f.live().memTotal()).isEqualTo(4030000L * 1024);
        assertThat(f.live().ramSource()).isEqualTo(dir.resolve("cg/system.slice/memory.max").toString());
        assertThat(f.live().processes().service("httpd.service").orElseThrow().processes()).isEqualTo(3);
    }

    @Test
    void aLimitAboveTheRamLeavesMemTotal() throws IOException {
        write("proc/meminfo", "MemTotal:        1000 kB\n");
        write("proc/self/cgroup", "0::/\n");
        write("cg/memory.max", "2048000\n");
        HostFacts f = HostProbe.probe(dir.resolve("proc"), dir.resolve("cg"), 1);
        assertThat(f.ram()).isEqualTo(1024000L);
        assertThat(f.live().ramSource()).isEqualTo("/proc/meminfo");
        assertThat(f.measured()).isEmpty();
    }

    @Test
    void nothingToReadIsUnknown() {
        assertThat(HostProbe.probe(dir.resolve("none"), dir.resolve("none"), 1)).isSameAs(HostFacts.UNKNOWN);
    }

    @Test
    void theFiveFieldConstructorIsNotAProbe() {
        assertThat(new HostFacts(1L, 0L, 1, Map.of("clamd", 5L), "host.ini").live()).isNull();
    }
}
