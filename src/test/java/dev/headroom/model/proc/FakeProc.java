package dev.headroom.model.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A /proc tree in a directory: the three files the sampler reads, per process. */
final class FakeProc {

    static final long KTHREAD = 0x00200000;

    final Path root;

    FakeProc(Path root) {
        this.root = root;
    }

    /** A process as the kernel writes it; a null file is left out. */
    FakeProc process(int pid, int ppid, String comm, char state, long flags, String cgroup, String smapsRollup) {
        String stat = pid + " (" + comm + ") " + state + " " + ppid + " " + pid + " " + pid + " 0 -1 " + flags
                + " 120 0 0 0 3 1 0 0 20 0 1 0 4242 10000000 800 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0";
        return files(pid, stat, cgroup, smapsRollup);
    }

    /** An ordinary running process in a v2 cgroup, PSS in kB. */
    FakeProc process(int pid, int ppid, String comm, String cgroupPath, long pssKib) {
        return process(pid, ppid, comm, 'S', 0x400100, "0::" + cgroupPath + "\n", rollup(pssKib));
    }

    FakeProc files(int pid, String stat, String cgroup, String smapsRollup) {
        file(pid + "/stat", stat);
        file(pid + "/cgroup", cgroup);
        file(pid + "/smaps_rollup", smapsRollup);
        return this;
    }

    FakeProc file(String name, String text) {
        try {
            Path p = root.resolve(name);
            Files.createDirectories(p.getParent());
            if (text != null) {
                Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** smaps_rollup as Linux 6 writes it: the Pss_* lines must not be added in. */
    static String rollup(long pssKib) {
        return "55e08cbff000-7ffc511cf000 ---p 00000000 00:00 0                          [rollup]\n"
                + "Rss:             " + (pssKib * 3) + " kB\n"
                + "Pss:             " + pssKib + " kB\n"
                + "Pss_Dirty:       " + (pssKib / 2) + " kB\n"
                + "Pss_Anon:        " + (pssKib / 2) + " kB\n"
                + "Pss_File:        " + (pssKib / 2) + " kB\n"
                + "Pss_Shmem:              0 kB\n"
                + "Swap:                   0 kB\n"
                + "SwapPss:              999 kB\n";
    }
}
