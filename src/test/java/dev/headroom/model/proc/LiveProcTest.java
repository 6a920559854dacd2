package dev.headroom.model.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.headroom.model.HostFacts;
import dev.headroom.model.HostProbe;

/** The sampler on this machine's own /proc, as root or not: sane figures and no exception. */
class LiveProcTest {

    @Test
    void findsItsOwnJvmWithAPssWithinItsRss() throws IOException {
        assumeThat(Path.of("/proc/self/smaps_rollup")).exists();
        int pid = (int) ProcessHandle.current().pid();

        long t0 = System.nanoTime();
        ProcessSample s = ProcessSampler.sample(Path.of("/proc"));
        long first = System.nanoTime() - t0;
        t0 = System.nanoTime();
        ProcessSampler.sample(Path.of("/proc"));
        long second = System.nanoTime() - t0;

        ProcessReading me = s.process(pid).orElseThrow();
        long rss = 0;
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                rss = Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        assertThat(me.unreadable()).isNull();
        assertThat(me.comm()).isEqualTo("java");
        // PSS <= RSS at the moment of the sample <= the high-water mark of RSS, read after it (RSS
        // itself may shrink after a collection, so it is no bound)
        assertThat(me.pssBytes()).isPositive().isLessThanOrEqualTo(rss);
        // PID 1, another user's or not, is always found
        assertThat(s.process(1)).isPresent();

        HostFacts f = HostProbe.live();
        assertThat(f.ram()).isPositive();

        System.out.printf("live /proc as %s: %d processes, %d services, %d outside, %d unreadable;"
                + " own JVM PSS %d KiB of peak RSS %d KiB; sample %.1f ms first, %.1f ms second; RAM %d MiB from %s%n",
                System.getProperty("user.name"), s.processes().size(), s.services().size(),
                s.outsideServices().size(), s.processes().stream().filter(p -> p.pssBytes() == null).count(),
                me.pssBytes() >> 10, rss >> 10, first / 1e6, second / 1e6, f.ram() >> 20, f.live().ramSource());
        for (ServiceSample svc : s.services()) {
            System.out.println("  " + svc + (svc.unreadableNote() == null ? "" : " — " + svc.unreadableNote()));
        }
    }
}
