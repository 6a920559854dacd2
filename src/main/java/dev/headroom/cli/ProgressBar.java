package dev.headroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code [=====>    ] 57/200 hosts} on stderr while a fleet is linted, redrawn in place with a
 * carriage return and wiped when done, so the terminal is left as the report alone would leave
 * it. Only on a terminal: in a pipe, a log or CI it would be noise.
 */
final class ProgressBar {

    static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private int done;
    private int drawn;

    private ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar on err, or a bar that draws nothing when err is not a terminal. */
    static ProgressBar on(PrintWriter err, int total, boolean terminal) {
        return new ProgressBar(terminal ? err : null, total);
    }

    /** One more host done; called from the workers. */
    synchronized void step() {
        done++;
        draw(render(done, total, WIDTH));
    }

    synchronized void start() {
        draw(render(0, total, WIDTH));
    }

    /** Wipes the bar. */
    synchronized void finish() {
        if (err != null && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }

    private void draw(String line) {
        if (err == null) {
            return;
        }
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    static String render(int done, int total, int width) {
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        StringBuilder bar = new StringBuilder("[");
        if (filled >= width) {
            bar.append("=".repeat(width));
        } else {
            bar.append("=".repeat(Math.max(0, filled - 1))).append(filled > 0 ? ">" : "")
                    .append(" ".repeat(width - filled));
        }
        return bar.append("] ").append(done).append('/').append(total).append(total == 1 ? " host" : " hosts")
                .toString();
    }

    /**
     * Whether this process's stderr is a terminal. {@link System#console()} speaks of stdin and
     * stdout only (and Java 17 has no isatty), so ask Linux which file descriptor 2 is; elsewhere,
     * no bar.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
