package dev.headroom.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamOption;
import dev.headroom.model.clamav.ClamOptions;
import dev.headroom.model.clamav.ClamTool;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * headroom reads ClamAV files as ClamAV 1.4 does. For Debian's installed files, every file of
 * the corpus (as shipped, without its Example line, and with its commented-out examples
 * switched on), several hundred generated ones and mutations of the others, the files are
 * written to a directory and:
 * <ul>
 *   <li>{@code clamconf -c DIR} must print, for each file, exactly the values
 *       {@link ClamConfig} computes the way clamconf reads (an empty section when it refuses the
 *       file), and on standard error exactly its problems, in order;</li>
 *   <li>{@code clamd -c FILE -V} and {@code freshclam --config-file=FILE -V}, which parse the file
 *       and exit, must print exactly the problems {@link ClamConfig} finds the way the daemons
 *       read (deprecated options warned about and ignored), followed by "Can't open/parse the
 *       config file" when the file is refused.</li>
 * </ul>
 */
class ClamconfDifferentialTest {

    private static final long SEED = 20261124L;
    private static final int GENERATED = 300;
    private static final int MUTATED = 150;
    private static final int THREADS = 4;
    /** ASCII only, so that whatever ClamAV echoes reads back as UTF-8. */
    private static final String[] SPICE = {" ", "\t", "\n", "\r", "\r\n", "\0", "\"", "\"\"", "#", "Example",
        "0", "08", "010", "K", "M", "g", "99999999999999999999", "yes", "no", "on", "=", "MaxThreads 5\n",
        "TCPAddr ::1\n", "LogFileMaxSize 0\n", "ScanOnAccess yes\n", "log /tmp/x\n", "Checks 99999999999\n",
        "DatabaseMirror db.local.clamav.net\n", " ".repeat(1030)};

    private record Case(String label, Map<ClamTool, String> files) {
    }

    /** Counts and disagreements, shared by the worker threads. */
    private static final class Tally {
        final AtomicInteger values = new AtomicInteger();
        final AtomicInteger valuesAgreed = new AtomicInteger();
        final AtomicInteger messages = new AtomicInteger();
        final AtomicInteger messagesAgreed = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final List<String> disagreements = Collections.synchronizedList(new ArrayList<>());
    }

    @Test
    void headroomReadsEveryFileAsClamconfAndTheDaemonsDo() throws Exception {
        Path clamconf = ExternalProcess.onPath("clamconf");
        Oracles.require(clamconf != null, "clamconf (ClamAV 1.4, Debian package clamav)");
        Path clamd = daemon("clamd");
        Path freshclam = daemon("freshclam");
        Oracles.require(clamd != null && freshclam != null, "clamd and freshclam (ClamAV 1.4)");

        List<Case> cases = new ArrayList<>();
        cases.addAll(debianCases());
        cases.addAll(corpusCases());
        cases.addAll(generatedCases());
        cases.addAll(mutatedCases(cases));

        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Case c : cases) {
                jobs.add(pool.submit(() -> {
                    check(c, clamconf, clamd, freshclam, tally);
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        System.out.printf("clamconf agreement: %d/%d values, %d/%d messages (%d cases, %d refused files)%n",
                tally.valuesAgreed.get(), tally.values.get(), tally.messagesAgreed.get(), tally.messages.get(),
                cases.size(), tally.refused.get());
        List<String> sorted = new ArrayList<>(tally.disagreements);
        Collections.sort(sorted);
        assertThat(sorted.subList(0, Math.min(40, sorted.size())))
                .as("disagreements with clamconf, clamd and freshclam (the first 40 of %d)", sorted.size()).isEmpty();
        assertThat(tally.values.get()).as("values compared").isGreaterThan(30_000);
        assertThat(tally.messages.get()).as("messages compared").isGreaterThan(600);
        assertThat(tally.refused.get()).as("refused files compared").isGreaterThan(100);
    }

    private static Path daemon(String name) {
        Path p = ExternalProcess.onPath(name);
        if (p == null && Files.isExecutable(Path.of("/usr/sbin", name))) {
            p = Path.of("/usr/sbin", name);
        }
        return p;
    }

    // ---- the cases ------------------------------------------------------------------------

    private static List<Case> debianCases() throws IOException {
        Map<ClamTool, String> files = new EnumMap<>(ClamTool.class);
        for (ClamTool t : ClamTool.values()) {
            Path p = Path.of("/etc/clamav", t.fileName());
            if (Files.isRegularFile(p)) {
                files.put(t, latin1(p));
            }
        }
        return files.isEmpty() ? List.of() : List.of(new Case("debian /etc/clamav", files));
    }

    private static final Pattern COMMENTED = Pattern.compile("#[ \t]*(\\S+)[ \t]+(\\S.*)");

    /** Each corpus file as shipped, without its Example line, and with its examples switched on. */
    private static List<Case> corpusCases() throws IOException {
        Path dir = Oracles.corpus("clamav");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        List<Case> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            ClamTool tool = name.contains("freshclam") ? ClamTool.FRESHCLAM
                    : name.contains("milter") ? ClamTool.MILTER : ClamTool.CLAMD;
            String text = latin1(f);
            String noExample = Arrays.stream(text.split("\n", -1))
                    .filter(l -> !l.startsWith("Example")).collect(Collectors.joining("\n"));
            out.add(new Case(name + " (as shipped)", Map.of(tool, text)));
            out.add(new Case(name + " (Example removed)", Map.of(tool, noExample)));
            out.add(new Case(name + " (examples switched on)", Map.of(tool, switchOn(noExample, tool))));
        }
        return out;
    }

    /** Uncomments every {@code #Option value} line whose option the tool knows. */
    private static String switchOn(String text, ClamTool tool) {
        StringBuilder b = new StringBuilder();
        for (String l : text.split("\n", -1)) {
            Matcher m = COMMENTED.matcher(l);
            if (m.matches()) {
                Optional<ClamOption> o = ClamOptions.catalogue().find(tool, m.group(1));
                if (o.isPresent() && !o.get().commandLineOnly()) {
                    l = m.group(1) + " " + m.group(2);
                }
            }
            b.append(l).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static List<Case> generatedCases() {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            Map<ClamTool, String> files = new EnumMap<>(ClamTool.class);
            for (ClamTool t : ClamTool.values()) {
                // mostly clean files, so that most of them are read to the end and every value compared
                double badRate = i % 3 == 0 ? 0.0 : i % 3 == 1 ? 0.01 : 0.04;
                files.put(t, new ClamConfigGenerator(SEED * 31 + i * 7L + t.ordinal(), t).file(badRate));
            }
            out.add(new Case("generated #" + i + " (seed " + SEED + ")", files));
        }
        return out;
    }

    /** The corpus and Debian files with a few ASCII mutations each. */
    private static List<Case> mutatedCases(List<Case> sources) {
        List<Case> seeds = sources.stream().filter(c -> !c.label().startsWith("generated")).collect(Collectors.toList());
        Random rnd = new Random(SEED + 1);
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < MUTATED; i++) {
            Case seed = seeds.get(rnd.nextInt(seeds.size()));
            Map<ClamTool, String> files = new EnumMap<>(ClamTool.class);
            for (Map.Entry<ClamTool, String> f : seed.files().entrySet()) {
                files.put(f.getKey(), mutate(f.getValue(), rnd, 1 + rnd.nextInt(6)));
            }
            out.add(new Case("mutation #" + i + " of " + seed.label() + " (seed " + (SEED + 1) + ")", files));
        }
        return out;
    }

    private static String mutate(String s, Random rnd, int n) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < n; k++) {
            int at = b.length() == 0 ? 0 : rnd.nextInt(b.length() + 1);
            switch (rnd.nextInt(5)) {
                case 0:
                    b.insert(at, SPICE[rnd.nextInt(SPICE.length)]);
                    break;
                case 1:
                    b.delete(Math.min(at, b.length()), Math.min(b.length(), at + rnd.nextInt(40)));
                    break;
                case 2:
                    b.insert(at, (char) rnd.nextInt(128));
                    break;
                case 3:
                    int from = b.length() == 0 ? 0 : rnd.nextInt(b.length());
                    b.insert(at, b.substring(from, Math.min(b.length(), from + rnd.nextInt(1200))));
                    break;
                default:
                    if (at < b.length()) {
                        b.setCharAt(at, (char) (b.charAt(at) ^ (1 << rnd.nextInt(7))));
                    }
            }
        }
        return b.toString();
    }

    // ---- one case -------------------------------------------------------------------------

    private static void check(Case c, Path clamconf, Path clamd, Path freshclam, Tally tally) throws Exception {
        Path dir = Files.createTempDirectory("hr-clamconf");
        try {
            for (Map.Entry<ClamTool, String> f : c.files().entrySet()) {
                Files.write(dir.resolve(f.getKey().fileName()), f.getValue().getBytes(StandardCharsets.ISO_8859_1));
            }
            ExternalProcess.Run run = ExternalProcess.run(List.of(clamconf.toString(), "-c", dir.toString()), null, 60);
            Map<String, ClamconfReport.Section> sections = ClamconfReport.sections(run.stdout());
            List<String> expectedErr = new ArrayList<>();
            for (ClamTool t : ClamTool.values()) {
                ClamconfReport.Section s = sections.get(t.fileName());
                String text = c.files().get(t);
                if (text == null) {
                    if (s == null || s.lines() != null) {
                        tally.disagreements.add(c.label() + ": " + t.fileName() + ": clamconf should say not found");
                    }
                    continue;
                }
                String path = dir + "/" + t.fileName();
                ClamConfig config = ClamConfig.read(t.fileName(), text, t, ClamConfig.Reader.CLAMCONF);
                expectedErr.addAll(utf8(config.printed(path)));
                if (config.refused()) {
                    tally.refused.incrementAndGet();
                }
                compareValues(c.label() + ": " + t.fileName(), utf8(ClamconfReport.expected(config)),
                        s == null ? null : s.lines(), tally);
            }
            compareMessages(c.label() + ": clamconf stderr", expectedErr, run.stderr(), tally);

            daemon(c, dir, ClamTool.CLAMD, List.of(clamd.toString(), "-c"), tally);
            daemon(c, dir, ClamTool.FRESHCLAM, List.of(freshclam.toString(), "--config-file"), tally);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }

    /** {@code clamd -c FILE -V} / {@code freshclam --config-file FILE -V}: parse, then print the version. */
    private static void daemon(Case c, Path dir, ClamTool tool, List<String> command, Tally tally) throws Exception {
        String text = c.files().get(tool);
        if (text == null) {
            return;
        }
        String path = dir + "/" + tool.fileName();
        List<String> cmd = new ArrayList<>(command);
        cmd.add(path);
        cmd.add("-V");
        ExternalProcess.Run run = ExternalProcess.run(cmd, dir, 60);
        ClamConfig config = ClamConfig.read(tool.fileName(), text, tool);
        List<String> expected = new ArrayList<>(utf8(config.printed(path)));
        if (config.refused()) {
            expected.add("ERROR: Can't open/parse the config file " + path);
        }
        compareMessages(c.label() + ": " + tool.id() + " -V stderr", expected, run.stderr(), tally);
        if (config.refused() != (run.rc() != 0)) {
            tally.disagreements.add(c.label() + ": " + tool.id() + " exit status " + run.rc() + ", headroom says "
                    + (config.refused() ? "refused" : "accepted"));
        }
    }

    private static void compareValues(String where, List<String> expected, List<String> actual, Tally tally) {
        if (actual == null) {
            tally.disagreements.add(where + ": clamconf printed no section");
            return;
        }
        if (expected.isEmpty()) {
            // a refused file: clamconf prints its header and nothing else
            tally.values.incrementAndGet();
            if (actual.isEmpty()) {
                tally.valuesAgreed.incrementAndGet();
            } else {
                tally.disagreements.add(where + ": headroom refuses the file, clamconf prints " + actual);
            }
            return;
        }
        Map<String, String> want = byOption(expected);
        Map<String, String> got = byOption(actual);
        Set<String> keys = new LinkedHashSet<>(want.keySet());
        keys.addAll(got.keySet());
        for (String k : keys) {
            tally.values.incrementAndGet();
            String w = want.get(k);
            String g = got.get(k);
            if (w != null && w.equals(g)) {
                tally.valuesAgreed.incrementAndGet();
            } else {
                tally.disagreements.add(where + ": " + k + ": headroom [" + w + "] clamconf [" + g + "]");
            }
        }
    }

    private static Map<String, String> byOption(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : lines) {
            String k = ClamconfReport.optionOf(l);
            String key = k;
            for (int n = 2; out.containsKey(key); n++) {
                key = k + "#" + n;
            }
            out.put(key, l);
        }
        return out;
    }

    private static void compareMessages(String where, List<String> expected, String stderr, Tally tally) {
        List<String> actual = new ArrayList<>(Arrays.asList(stderr.split("\n", -1)));
        if (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
            actual.remove(actual.size() - 1);
        }
        int n = Math.max(expected.size(), actual.size());
        int agreed = 0;
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (expected.get(i).equals(actual.get(i))) {
                agreed++;
            }
        }
        tally.messages.addAndGet(n);
        tally.messagesAgreed.addAndGet(agreed);
        if (agreed != n) {
            tally.disagreements.add(where + ": headroom " + expected + " ClamAV " + actual);
        }
    }

    /** What ClamAV writes, one char per byte, as the oracle reads it back (UTF-8). */
    private static List<String> utf8(List<String> latin1) {
        return latin1.stream().map(s -> new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .collect(Collectors.toList());
    }

    private static String latin1(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }
}
