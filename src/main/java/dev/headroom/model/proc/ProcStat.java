package dev.headroom.model.proc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fields of {@code /proc/PID/stat} headroom needs (proc(5)): {@code pid (comm) state ppid
 * pgrp session tty_nr tpgid flags ...}. The command name is whatever the process set with
 * prctl(PR_SET_NAME), so it may hold spaces, parentheses and newlines; the fields after it are
 * all numbers, so the name ends at the last {@code )}.
 *
 * @param pid   process ID
 * @param ppid  parent's process ID (0 for PID 1 and kthreadd)
 * @param comm  the command name, at most 15 bytes, decoded as UTF-8
 * @param state R, S, D, Z, ... (one character)
 * @param flags the kernel's PF_* flags
 */
public record ProcStat(int pid, int ppid, String comm, char state, long flags) {

    /** PF_KTHREAD in include/linux/sched.h: a kernel thread, which has no memory of its own. */
    static final long PF_KTHREAD = 0x00200000;

    /**
     * The fields, or null when the bytes are not a stat line. Scanned by hand, not split by a
     * regular expression: headroom reads some hundred of these in a JVM that has only just started.
     */
    public static ProcStat parse(byte[] bytes) {
        int open = indexOf(bytes, (byte) '(');
        int close = lastIndexOf(bytes, (byte) ')');
        if (open < 1 || close < open) {
            return null;
        }
        long pid = number(bytes, 0, open - 1);
        // after the name: state ppid pgrp session tty_nr tpgid flags
        int[] from = new int[7];
        int[] to = new int[7];
        int n = 0;
        int i = close + 1;
        while (n < 7) {
            while (i < bytes.length && bytes[i] == ' ') {
                i++;
            }
            if (i >= bytes.length) {
                return null;
            }
            from[n] = i;
            while (i < bytes.length && bytes[i] != ' ' && bytes[i] != '\n') {
                i++;
            }
            to[n++] = i;
        }
        long ppid = number(bytes, from[1], to[1]);
        long flags = number(bytes, from[6], to[6]);
        if (pid < 0 || pid > Integer.MAX_VALUE || ppid < 0 || ppid > Integer.MAX_VALUE || flags < 0
                || to[0] - from[0] != 1) {
            return null;
        }
        String comm = new String(Arrays.copyOfRange(bytes, open + 1, close), StandardCharsets.UTF_8);
        return new ProcStat((int) pid, (int) ppid, comm, (char) (bytes[from[0]] & 0xff), flags);
    }

    /** The decimal number in bytes[from, to) less trailing spaces, or -1 when there is none or it is too long. */
    static long number(byte[] bytes, int from, int to) {
        while (to > from && bytes[to - 1] == ' ') {
            to--;
        }
        if (to <= from || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return -1;
            }
            v = v * 10 + (bytes[i] - '0');
        }
        return v;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Kernel threads have no user memory; zombies have given theirs back. */
    public boolean holdsNoMemory() {
        return (flags & PF_KTHREAD) != 0 || state == 'Z' || state == 'X';
    }
}
