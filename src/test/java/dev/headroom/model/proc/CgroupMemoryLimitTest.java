package dev.headroom.model.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgroupMemoryLimitTest {

    @TempDir
    Path cg;

    void write(String file, String text) throws IOException {
        Files.createDirectories(cg.resolve(file).getParent());
        Files.writeString(cg.resolve(file), text);
    }

    @Test
    void theLowestAlongThePathWinsWhereverItIs() throws IOException {
        write("system.slice/memory.max", "2147483648\n");
        write("system.slice/headroom.service/memory.max", "max\n");
        write("user.slice/memory.max", "1000\n");
        assertThat(CgroupMemoryLimit.of("0::/system.slice/headroom.service\n", cg))
                .contains(new CgroupMemoryLimit(2147483648L, cg.resolve("system.slice/memory.max")));

        write("system.slice/headroom.service/memory.max", "1073741824\n");
        assertThat(CgroupMemoryLimit.of("0::/system.slice/headroom.service\n", cg)).contains(
                new CgroupMemoryLimit(1073741824L, cg.resolve("system.slice/headroom.service/memory.max")));
    }

    @Test
    void maxEverywhereIsNoLimit() throws IOException {
        write("a/memory.max", "max\n");
        write("a/b/memory.max", "max\n");
        assertThat(CgroupMemoryLimit.of("0::/a/b\n", cg)).isEmpty();
        assertThat(CgroupMemoryLimit.of("", cg)).isEmpty();
        assertThat(CgroupMemoryLimit.of("0::/nowhere\n", cg)).isEmpty();
    }

    @Test
    void aContainerSeesItsOwnLimitAtTheTop() throws IOException {
        // cgroup namespace: the container's cgroup is / and is mounted at /sys/fs/cgroup
        write("memory.max", "536870912\n");
        assertThat(CgroupMemoryLimit.of("0::/\n", cg).map(CgroupMemoryLimit::bytes)).contains(536870912L);
        // a path outside the namespace cannot climb out of the mount
        assertThat(CgroupMemoryLimit.of("0::/../../other\n", cg).map(CgroupMemoryLimit::file))
                .contains(cg.resolve("memory.max"));
    }

    @Test
    void cgroupV1ReadsTheMemoryController() throws IOException {
        // as on this machine: the memory controller in its own hierarchy, "unlimited" a page short of 2^63
        write("memory/process_api/b8b49dc6/memory.limit_in_bytes", "9223372036854771712\n");
        write("memory/process_api/memory.limit_in_bytes", "9223372036854771712\n");
        String self = "9:name=systemd:/\n4:memory:/process_api/b8b49dc6\n0::/\n";
        assertThat(CgroupMemoryLimit.of(self, cg)).isEmpty();

        write("memory/process_api/memory.limit_in_bytes", "805306368\n");
        assertThat(CgroupMemoryLimit.of(self, cg)).isEqualTo(Optional.of(
                new CgroupMemoryLimit(805306368L, cg.resolve("memory/process_api/memory.limit_in_bytes"))));
        assertThat(CgroupMemoryLimit.of("4:cpu,memory:/process_api\n", cg).map(CgroupMemoryLimit::bytes))
                .contains(805306368L);
    }

    @Test
    void garbageIsNoLimit() throws IOException {
        write("a/memory.max", "lots\n");
        write("a/b/memory.max", "99999999999999999999999\n");
        write("a/b/c/memory.max", "-5\n");
        assertThat(CgroupMemoryLimit.of("0::/a/b/c\n", cg)).isEmpty();
    }
}
