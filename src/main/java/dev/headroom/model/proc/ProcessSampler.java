package dev.headroom.model.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads every process under a proc root ({@code /proc} on the live host, a copy in tests): its
 * service from {@code cgroup}, parent and name from {@code stat}, proportional set size from
 * {@code smaps_rollup}. PSS shares each page among the processes that map it, so a service's
 * processes add up to what it really takes, where RSS would count httpd's shared pages once per
 * child.
 *
 * <p>Nothing read from {@code /proc} throws: a process that ends while it is read (ENOENT, or
 * ESRCH from an open file) is left out, kernel threads and zombies are left out, and a size
 * the kernel refuses (EACCES: another user's process, for an ordinary user) is kept with the
 * reason, so the report can say what it could not count. The kernel lets only the owner, and
 * not even the owner once a process has changed its credentials (an httpd child after setuid
 * is not dumpable), read another process's map; root with CAP_SYS_PTRACE reads all. With
 * {@code /proc} mounted {@code hidepid=2}, other users' processes are not listed at all, so
 * they are neither measured nor counted.
 */
public final class ProcessSampler {

    /** Reads one file whole; tests put failures in. */
    @FunctionalInterface
    public interface FileReader {
        byte[] read(Path file) throws IOException;
    }

    private final Path proc;
    private final FileReader reader;

    private ProcessSampler(Path proc, FileReader reader) {
        this.proc = proc;
        this.reader = reader;
    }

    public static ProcessSample sample(Path procRoot) {
        return sample(procRoot, Files::readAllBytes);
    }

    public static ProcessSample sample(Path procRoot, FileReader reader) {
        return new ProcessSampler(procRoot, reader).sample();
    }

    private ProcessSample sample() {
        List<Integer> pids = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (isPid(name)) {
                    pids.add(Integer.parseInt(name));
                }
            }
        } catch (IOException | RuntimeException e) {
            return ProcessSample.EMPTY;
        }
        pids.sort(Comparator.naturalOrder());
        List<ProcessReading> read = new ArrayList<>();
        for (int pid : pids) {
            try {
                ProcessReading r = read(pid);
                if (r != null) {
                    read.add(r);
                }
            } catch (RuntimeException e) {
                // a reader or parser bug must not cost the whole sample; the process is left out
            }
        }
        return ProcessSample.of(read);
    }

    private static boolean isPid(String name) {
        if (name.isEmpty() || name.length() > 9) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The process, or null when it is to be left out. */
    private ProcessReading read(int pid) {
        Path dir = proc.resolve(Integer.toString(pid));
        ProcStat stat;
        try {
            stat = ProcStat.parse(reader.read(dir.resolve("stat")));
        } catch (IOException e) {
            if (vanished(e, dir)) {
                return null;
            }
            stat = null;
        }
        if (stat != null && stat.holdsNoMemory()) {
            return null;
        }
        String unit;
        try {
            unit = CgroupService.unitOf(new String(reader.read(dir.resolve("cgroup")), StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (vanished(e, dir)) {
                return null;
            }
            unit = null;
        }
        int ppid = stat == null ? 0 : stat.ppid();
        String comm = stat == null ? null : stat.comm();
        byte[] smaps;
        try {
            smaps = readSmaps(dir);
        } catch (IOException e) {
            return vanished(e, dir) ? null : new ProcessReading(pid, ppid, comm, unit, null, reason(e));
        }
        if (smaps.length == 0) {
            // no memory map: a kernel thread or zombie, on kernels that give an empty file and not ESRCH
            return null;
        }
        Long kib = Pss.sumKib(smaps);
        return kib == null ? new ProcessReading(pid, ppid, comm, unit, null, "no Pss: line in smaps_rollup")
                : new ProcessReading(pid, ppid, comm, unit, kib * 1024, null);
    }

    /** smaps_rollup (Linux 4.14); before it, smaps, whose per-mapping Pss lines add up to the same. */
    private byte[] readSmaps(Path dir) throws IOException {
        try {
            return reader.read(dir.resolve("smaps_rollup"));
        } catch (NoSuchFileException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            return reader.read(dir.resolve("smaps"));
        }
    }

    /**
     * The process ended: its directory is gone (ENOENT), or the kernel found no task behind an
     * open file (ESRCH, which Java reports only as the message).
     */
    private static boolean vanished(IOException e, Path dir) {
        return e instanceof NoSuchFileException || String.valueOf(e.getMessage()).contains("No such process")
                || !Files.isDirectory(dir);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return ServiceSample.PERMISSION_DENIED;
        }
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return why == null ? e.getClass().getSimpleName() : why.toLowerCase(java.util.Locale.ROOT);
    }
}
