package dev.headroom.model.openbsd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved {@code netstat -m} of OpenBSD 3.x (usr.bin/netstat/mbuf.c {@code mbpr}, pool version):
 *
 * <pre>
 * 384 mbufs in use:
 *         100 mbufs allocated to data
 *         178 mbufs allocated to packet headers
 *         106 mbufs allocated to socket names and addresses
 * 85/1048 mapped pages in use
 * 3144 Kbytes allocated to network (8% in use)
 * 0 requests for memory denied
 * 0 requests for memory delayed
 * 0 calls to protocol drain routines
 * </pre>
 *
 * Despite its label, "mapped pages" counts mbuf <em>clusters</em>: in use ({@code mclpool}
 * nget − nput) over allocated (pool pages × items per page), so 1048 is 524 pages of two
 * 2048-byte clusters. Each value is null when its line is missing; a line that is none of these
 * is a problem, and so is a line repeated (the first one counts).
 *
 * @param mbufsInUse        mbufs in use, all types
 * @param allocations       the per-type lines, in output order
 * @param clustersInUse     clusters in use
 * @param clustersAllocated clusters the cluster pool holds
 * @param kbytesAllocated   KiB of pages held by the mbuf and cluster pools
 * @param percentInUse      bytes in use over bytes allocated, in percent
 * @param requestsDenied    allocations that failed ({@code m_drops})
 * @param requestsDelayed   allocations that had to wait ({@code m_wait})
 * @param drainCalls        calls to the protocols' drain routines, made when memory ran short
 * @param problems          lines that could not be read
 */
public record NetstatMbufs(Long mbufsInUse, List<MbufAllocation> allocations, Long clustersInUse,
        Long clustersAllocated, Long kbytesAllocated, Long percentInUse, Long requestsDenied,
        Long requestsDelayed, Long drainCalls, List<OutputProblem> problems) {

    private static final Pattern IN_USE = Pattern.compile("([0-9]+) mbufs? in use:");
    private static final Pattern ALLOCATED = Pattern.compile("([0-9]+) mbufs? allocated to (.+)");
    private static final Pattern CLUSTERS = Pattern.compile("([0-9]+)/([0-9]+) mapped pages in use");
    private static final Pattern NETWORK = Pattern.compile("([0-9]+) Kbytes allocated to network \\(([0-9]+)% in use\\)");
    private static final Pattern DENIED = Pattern.compile("([0-9]+) requests for memory denied");
    private static final Pattern DELAYED = Pattern.compile("([0-9]+) requests for memory delayed");
    private static final Pattern DRAIN = Pattern.compile("([0-9]+) calls to protocol drain routines");

    /** Whether the text looks like {@code netstat -m}: its first line or its network line is there. */
    public static boolean recognises(String text) {
        for (String line : OutputText.lines(text)) {
            String s = line.strip();
            if (IN_USE.matcher(s).matches() || NETWORK.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Reads the output; never throws. */
    public static NetstatMbufs read(String text) {
        Reader r = new Reader();
        List<String> lines = OutputText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            r.line(lines.get(i).strip(), i + 1);
        }
        if (r.mbufsInUse == null && r.kbytesAllocated == null) {
            r.problems.add(new OutputProblem(1, "no netstat -m output: neither 'N mbufs in use:' nor"
                    + " 'N Kbytes allocated to network (P% in use)' is there"));
        }
        return new NetstatMbufs(r.mbufsInUse, List.copyOf(r.allocations), r.clustersInUse, r.clustersAllocated,
                r.kbytesAllocated, r.percentInUse, r.requestsDenied, r.requestsDelayed, r.drainCalls,
                List.copyOf(r.problems));
    }

    /** The lines read so far. */
    private static final class Reader {
        private Long mbufsInUse;
        private final List<MbufAllocation> allocations = new ArrayList<>();
        private Long clustersInUse;
        private Long clustersAllocated;
        private Long kbytesAllocated;
        private Long percentInUse;
        private Long requestsDenied;
        private Long requestsDelayed;
        private Long drainCalls;
        private final List<OutputProblem> problems = new ArrayList<>();

        void line(String s, int number) {
            if (s.isEmpty()) {
                return;
            }
            Matcher m;
            if ((m = IN_USE.matcher(s)).matches()) {
                mbufsInUse = keep(mbufsInUse, m.group(1), number, "mbufs in use");
            } else if ((m = ALLOCATED.matcher(s)).matches()) {
                Long n = number(m.group(1), number);
                if (n != null) {
                    allocations.add(new MbufAllocation(m.group(2), n, number));
                }
            } else if ((m = CLUSTERS.matcher(s)).matches()) {
                if (clustersInUse != null || clustersAllocated != null) {
                    repeated(number, "mapped pages in use");
                } else {
                    Long used = number(m.group(1), number);
                    Long all = number(m.group(2), number);
                    if (used != null && all != null) {
                        clustersInUse = used;
                        clustersAllocated = all;
                    }
                }
            } else if ((m = NETWORK.matcher(s)).matches()) {
                if (kbytesAllocated != null || percentInUse != null) {
                    repeated(number, "Kbytes allocated to network");
                } else {
                    Long kib = number(m.group(1), number);
                    Long pct = number(m.group(2), number);
                    if (kib != null && pct != null) {
                        kbytesAllocated = kib;
                        percentInUse = pct;
                    }
                }
            } else if ((m = DENIED.matcher(s)).matches()) {
                requestsDenied = keep(requestsDenied, m.group(1), number, "requests for memory denied");
            } else if ((m = DELAYED.matcher(s)).matches()) {
                requestsDelayed = keep(requestsDelayed, m.group(1), number, "requests for memory delayed");
            } else if ((m = DRAIN.matcher(s)).matches()) {
                drainCalls = keep(drainCalls, m.group(1), number, "calls to protocol drain routines");
            } else {
                problems.add(new OutputProblem(number, "not a line of netstat -m: '" + excerpt(s) + "'"));
            }
        }

        private Long keep(Long old, String digits, int number, String what) {
            if (old != null) {
                repeated(number, what);
                return old;
            }
            return number(digits, number);
        }

        private void repeated(int number, String what) {
            problems.add(new OutputProblem(number, "'" + what + "' again: the first one counts"));
        }

        private Long number(String digits, int number) {
            Long n = OutputText.count(digits);
            if (n == null) {
                problems.add(new OutputProblem(number, "'" + excerpt(digits) + "' is too large a number"));
            }
            return n;
        }

        private static String excerpt(String s) {
            return s.length() <= 80 ? s : s.substring(0, 77) + "...";
        }
    }
}
