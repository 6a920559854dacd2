package dev.headroom.model.proc;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One service's processes, added up. The main process is the one whose parent is not in the
 * service (httpd's parent, php-fpm's master, clamd); the others are its children, whose
 * average is the per-worker size the httpd and php-fpm budgets multiply.
 *
 * @param unit              the unit, {@code apache2.service}
 * @param processes         every process of the service, read or not
 * @param measured          how many of them had their PSS read
 * @param totalBytes        PSS of the measured processes, added up
 * @param largestBytes      the largest PSS among them
 * @param mainPid           the main process
 * @param mainComm          its command name, null when unknown
 * @param mainBytes         its PSS, null when it could not be read
 * @param childrenMeasured  how many of the other processes had their PSS read
 * @param childAverageBytes their average PSS, null when none was read
 * @param unreadable        the processes not read, by reason ({@code permission denied} → 12)
 */
public record ServiceSample(String unit, int processes, int measured, long totalBytes, long largestBytes,
        int mainPid, String mainComm, Long mainBytes, int childrenMeasured, Long childAverageBytes,
        Map<String, Integer> unreadable) {

    public static final String PERMISSION_DENIED = "permission denied";

    public ServiceSample {
        unreadable = Collections.unmodifiableMap(new TreeMap<>(unreadable));
    }

    /** The figures of one service's processes, which must all carry that unit; none is an error. */
    public static ServiceSample of(String unit, List<ProcessReading> processes) {
        if (processes.isEmpty()) {
            throw new IllegalArgumentException("a service sample needs a process");
        }
        ProcessReading main = main(processes);
        int measured = 0;
        long total = 0;
        long largest = 0;
        int children = 0;
        long childTotal = 0;
        Map<String, Integer> unreadable = new TreeMap<>();
        for (ProcessReading p : processes) {
            if (p.pssBytes() == null) {
                unreadable.merge(p.unreadable() == null ? "unknown" : p.unreadable(), 1, Integer::sum);
                continue;
            }
            measured++;
            total += p.pssBytes();
            largest = Math.max(largest, p.pssBytes());
            if (p != main) {
                children++;
                childTotal += p.pssBytes();
            }
        }
        return new ServiceSample(unit, processes.size(), measured, total, largest, main.pid(), main.comm(),
                main.pssBytes(), children, children == 0 ? null : childTotal / children, unreadable);
    }

    /**
     * The process whose parent is outside the service. A service may have several (a daemon
     * that forked twice and left a helper, a cycle in garbage input): then the one with most
     * of the service below it, and of equals the lowest PID.
     */
    private static ProcessReading main(List<ProcessReading> processes) {
        Map<Integer, ProcessReading> byPid = new HashMap<>();
        Map<Integer, List<Integer>> childrenOf = new HashMap<>();
        for (ProcessReading p : processes) {
            byPid.put(p.pid(), p);
        }
        for (ProcessReading p : processes) {
            if (p.ppid() != p.pid()) {
                childrenOf.computeIfAbsent(p.ppid(), k -> new java.util.ArrayList<>()).add(p.pid());
            }
        }
        Comparator<ProcessReading> order = Comparator
                .comparingInt((ProcessReading p) -> subtree(p.pid(), childrenOf)).reversed()
                .thenComparingInt(ProcessReading::pid);
        return processes.stream().filter(p -> !byPid.containsKey(p.ppid()) || p.ppid() == p.pid())
                .min(order)
                .orElseGet(() -> processes.stream().min(Comparator.comparingInt(ProcessReading::pid)).orElseThrow());
    }

    private static int subtree(int root, Map<Integer, List<Integer>> childrenOf) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            int pid = todo.pop();
            if (seen.add(pid)) {
                todo.addAll(childrenOf.getOrDefault(pid, List.of()));
            }
        }
        return seen.size();
    }

    /** The unit without {@code .service}: the name the facts file's {@code [measured]} uses. */
    public String key() {
        return unit.endsWith(".service") ? unit.substring(0, unit.length() - ".service".length()) : unit;
    }

    /** Average PSS of the measured processes, null when none was. */
    public Long averageBytes() {
        return measured == 0 ? null : totalBytes / measured;
    }

    /** Every process was read: the total is the whole service, not a lower bound. */
    public boolean complete() {
        return unreadable.isEmpty() && measured > 0;
    }

    /**
     * For the report, null when complete: "could not read 12 processes of apache2.service
     * (permission denied; run as root)". The kernel lets only the owner or root read
     * smaps_rollup (proc(5): ptrace access mode PTRACE_MODE_READ_FSCREDS).
     */
    public String unreadableNote() {
        if (unreadable.isEmpty()) {
            return null;
        }
        int n = processes - measured;
        StringBuilder why = new StringBuilder();
        for (Map.Entry<String, Integer> e : unreadable.entrySet()) {
            why.append(why.length() == 0 ? "" : ", ").append(e.getKey());
            if (unreadable.size() > 1) {
                why.append(": ").append(e.getValue());
            }
        }
        if (unreadable.containsKey(PERMISSION_DENIED)) {
            why.append("; run as root");
        }
        return "could not read " + n + (n == 1 ? " process" : " processes") + " of " + unit + " (" + why + ")";
    }
}
