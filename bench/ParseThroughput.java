import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.headroom.lang.httpd.HttpdSyntax;

/**
 * Warmed parse throughput of the httpd front end (lexer + parser + logical lines), in MB/s
 * (1 MB = 10^6 bytes of input). Not a unit test; run from the project root after
 * {@code mvn package}:
 *
 * <pre>java -cp target/headroom.jar bench/ParseThroughput.java FILE...</pre>
 *
 * Each round parses every FILE once, as headroom reads them (bytes decoded as ISO-8859-1).
 * Rounds run for {@code -Dwarmup=3} seconds, then are timed for {@code -Dmeasure=5} seconds.
 */
public final class ParseThroughput {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -cp target/headroom.jar bench/ParseThroughput.java FILE...");
            System.exit(2);
        }
        double warmupS = Double.parseDouble(System.getProperty("warmup", "3"));
        double measureS = Double.parseDouble(System.getProperty("measure", "5"));

        List<String> texts = new ArrayList<>();
        long bytesPerRound = 0;
        for (String a : args) {
            byte[] b = Files.readAllBytes(Path.of(a));
            texts.add(new String(b, StandardCharsets.ISO_8859_1));
            bytesPerRound += b.length;
        }

        long sink = 0;
        long end = System.nanoTime() + (long) (warmupS * 1e9);
        int warmRounds = 0;
        while (System.nanoTime() < end || warmRounds < 1) {
            sink += round(texts);
            warmRounds++;
        }

        int rounds = 0;
        long t0 = System.nanoTime();
        long stop = t0 + (long) (measureS * 1e9);
        long t1;
        do {
            sink += round(texts);
            rounds++;
            t1 = System.nanoTime();
        } while (t1 < stop);

        double seconds = (t1 - t0) / 1e9;
        double mb = (double) bytesPerRound * rounds / 1e6;
        System.out.printf("input %.3f MB in %d file(s), %d logical lines; %d rounds in %.2f s "
                + "after %d warm-up rounds%n", bytesPerRound / 1e6, texts.size(),
                round(texts), rounds, seconds, warmRounds);
        System.out.printf("throughput %.1f MB/s%n", mb / seconds);
        // Keeps the parse results observable so the JIT cannot drop the work.
        if (sink == 42) {
            System.out.println("(sink " + sink + ")");
        }
    }

    private static long round(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            n += HttpdSyntax.parse(t).lines().size();
        }
        return n;
    }
}
