package dev.headroom.model.openbsd;

import java.util.ArrayList;
import java.util.List;

/**
 * Saved {@code netstat -f inet} (or {@code netstat -an}) output, one or more samples taken one
 * after the other, each starting with {@code Active Internet connections}:
 *
 * <pre>
 * Active Internet connections
 * Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)
 * tcp     8811      0  172.23.1.1.22          10.172.2.32.1156       ESTABLISHED
 * </pre>
 *
 * The OpenBSD paper (shared/seeds/002, 5.1 and appendix D) reads Recv-Q and Send-Q as the
 * bytes the stack holds in mbuf clusters for a socket: a growing Send-Q is the clients, a
 * growing Recv-Q the application not reading fast enough. Rows are split on blanks (an address
 * never holds one); a row that is not one is a problem, never an exception.
 *
 * @param samples  each {@code Active Internet connections} block, in order
 * @param problems lines that could not be read
 */
public record NetstatSockets(List<Sample> samples, List<OutputProblem> problems) {

    private static final String HEAD = "Active Internet connections";

    /** One socket's row. */
    public record Socket(String proto, long recvQ, long sendQ, String local, String foreign, String state, int line) {
    }

    /** One block of rows, as netstat printed it at one moment. */
    public record Sample(int line, List<Socket> sockets) {

        /** The bytes waiting in Recv-Q for sockets with this local address. */
        public long recvQ(String local) {
            return sockets.stream().filter(s -> s.local().equals(local)).mapToLong(Socket::recvQ).sum();
        }
    }

    public NetstatSockets {
        samples = List.copyOf(samples);
        problems = List.copyOf(problems);
    }

    /** Whether the text is such output: the block heading and the Recv-Q column. */
    public static boolean recognises(String text) {
        return text.contains(HEAD) && text.contains("Recv-Q");
    }

    /** Reads the output; never throws. */
    public static NetstatSockets read(String text) {
        List<Sample> samples = new ArrayList<>();
        List<OutputProblem> problems = new ArrayList<>();
        List<Socket> current = null;
        int start = 0;
        List<String> lines = OutputText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            int n = i + 1;
            if (l.startsWith(HEAD)) {
                if (current != null) {
                    samples.add(new Sample(start, current));
                }
                current = new ArrayList<>();
                start = n;
                continue;
            }
            // a # line is a note someone added to the saved output
            if (l.isEmpty() || l.startsWith("Proto") || l.startsWith("#") || current == null) {
                continue;
            }
            List<String> f = OutputText.fields(l);
            Long recv = f.size() >= 5 ? number(f.get(1)) : null;
            Long send = f.size() >= 5 ? number(f.get(2)) : null;
            if (recv == null || send == null) {
                problems.add(new OutputProblem(n, "not a socket row (Proto Recv-Q Send-Q Local Foreign [state]): " + l));
                continue;
            }
            current.add(new Socket(f.get(0), recv, send, f.get(3), f.get(4), f.size() > 5 ? f.get(5) : null, n));
        }
        if (current != null) {
            samples.add(new Sample(start, current));
        }
        return new NetstatSockets(samples, problems);
    }

    private static Long number(String s) {
        if (!s.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(s);
    }
}
