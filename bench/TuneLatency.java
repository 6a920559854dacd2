import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.headroom.config.FactsFile;
import dev.headroom.model.Workspace;
import dev.headroom.plan.whatif.Session;
import dev.headroom.repl.TuneShell;
import dev.headroom.report.Style;
import dev.headroom.source.RootedFs;

/**
 * How long a tune what-if answer takes (issue 8: under 50 ms): 100 set lines on one example,
 * each timed from the line to its printed answer through the shell a person uses, in a fresh
 * JVM, the first (cold) line included. Run by bench/tune.sh.
 *
 *   java -cp target/headroom.jar bench/TuneLatency.java EXAMPLE_DIR [CHANGES]
 */
public class TuneLatency {

    public static void main(String[] args) throws Exception {
        Path ex = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long t0 = System.nanoTime();
        Path root = ex.resolve("root");
        Workspace ws = Workspace.discover(root);
        Path facts = ex.resolve("host.ini");
        if (Files.exists(facts)) {
            ws = ws.withFacts(FactsFile.parse(facts.toString(), Files.readString(facts, StandardCharsets.ISO_8859_1)));
        }
        Session session = Session.open(new RootedFs(root), ws);
        long opened = System.nanoTime() - t0;
        StringBuilder sink = new StringBuilder();
        PrintWriter out = new PrintWriter(new Writer() {
            public void write(char[] c, int o, int l) { sink.append(c, o, l); }
            public void flush() { }
            public void close() { }
        });
        TuneShell shell = new TuneShell(session, root, out, new PrintWriter(Writer.nullWriter()), Style.plain());
        shell.warm(); // as headroom tune does before the first line
        long warmed = System.nanoTime() - t0 - opened;
        List<String> lines = changes(ex.getFileName().toString(), n);
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            int before = sink.length();
            long s = System.nanoTime();
            shell.line(lines.get(i));
            t[i] = System.nanoTime() - s;
            if (sink.length() == before) {
                throw new IllegalStateException("no answer to: " + lines.get(i));
            }
        }
        long first = t[0];
        long[] sorted = t.clone();
        Arrays.sort(sorted);
        System.out.printf("%-9s open %6.1f ms + warm %5.1f ms | %d what-ifs: first %5.1f ms, median %5.1f ms, "
                + "p90 %5.1f ms, worst %5.1f ms%n", ex.getFileName(), opened / 1e6, warmed / 1e6, n, first / 1e6,
                sorted[n / 2] / 1e6, sorted[(int) (n * 0.9)] / 1e6, sorted[n - 1] / 1e6);
    }

    /** Varied what-ifs an admin would try on each example: MPM sizes, ClamAV options, unit keys, RAM. */
    static List<String> changes(String example, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < n; i++) {
            switch (example) {
                case "tarragon" -> {
                    String[] c = {"set httpd MaxRequestWorkers " + (10 + 5 * (i % 30)),
                        "set clamd ConcurrentDatabaseReload " + (i % 2 == 0 ? "no" : "yes"),
                        "set freshclam TestDatabases " + (i % 2 == 0 ? "no" : "yes"),
                        "set clamd TimeoutStartSec " + (60 + i) + "s",
                        "set host ram " + (2 + i % 4) + "G",
                        "set httpd ThreadsPerChild " + (5 + i % 20),
                        "set clamd OOMPolicy " + (i % 2 == 0 ? "continue" : "stop")};
                    out.add(c[i % c.length]);
                }
                case "copr" -> {
                    String[] c = {"set httpd MaxRequestWorkers " + (10 + 7 * (i % 40)), "set host ram " + (1 + i % 3) + "G",
                        "set httpd ServerLimit " + (20 + i % 300), "set httpd OOMPolicy " + (i % 2 == 0 ? "continue" : "stop")};
                    out.add(c[i % c.length]);
                }
                default -> {
                    String[] c = {"set varnish MemoryMax " + (100 + i) + "M", "set host ram " + (256 + 64 * (i % 8)) + "M",
                        "set blog LimitNOFILE " + (64 + i), "set varnish masked yes", "undo"};
                    out.add(c[i % c.length]);
                }
            }
        }
        return out;
    }
}
