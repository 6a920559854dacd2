package dev.headroom.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.cli.Main;
import dev.headroom.source.RootedFs;

/**
 * Every rule has a configuration that must trigger it and one that must not, run through the
 * real command line ({@code headroom lint -f json FILE}), as gixy and Checkstyle do.
 *
 * <p>Fixtures live in {@code src/test/resources/rules/ID/}: {@code bad.conf} and
 * {@code good.conf} are the entry points, and other files there are what they include. In any
 * fixture file except good.conf, a comment line
 * <ul>
 * <li>{@code # expect: ID} says that rule ID reports on the next line of that file;</li>
 * <li>{@code # expect-file: ID [PATH][:LINE]} says that rule ID reports on file PATH (relative
 * to the fixture directory; default: this file) at LINE, or on the file as a whole (no line)
 * without one: for findings no comment can stand above, such as line 1 of a file.</li>
 * </ul>
 * bad.conf must raise exactly the expected findings of its rule (other rules may fire too);
 * good.conf must raise none of them.
 *
 * <p>Some inputs cannot be committed and are generated into a copy of the fixture directory
 * before it is linted (see {@link #GENERATED}): GE002 (a file over 32 MiB, written sparse),
 * GE003 (a gzip'd file, which holds NUL bytes), GE004 (one file over the 50,000-file limit).
 * GE001 includes {@code /proc/self/mem}, which every Linux host has and nobody can read from
 * offset 0, so it works when the tests run as root. HT012 cannot be shown with
 * {@code lint FILE} (a lone file that loads no MPM is checked against an assumed one), so its
 * fixtures are installed as {@code ROOT/etc/httpd/conf/httpd.conf} and checked with
 * {@code lint --root ROOT}. An OpenBSD fixture is linted with the {@code vmstat-m.txt} and the
 * facts ({@code host.ini}) of its directory, when it has them.
 */
class RuleFixturesTest {

    private static final Path FIXTURES = basedir().resolve("src/test/resources/rules");
    private static final Pattern EXPECT = Pattern.compile(
            "^[ \\t]*#[ \\t]*expect:[ \\t]*([A-Z]{2}[0-9]{3}(?:[ \\t]*,[ \\t]*[A-Z]{2}[0-9]{3})*)[ \\t]*$");
    private static final Pattern EXPECT_FILE = Pattern.compile(
            "^[ \\t]*#[ \\t]*expect-file:[ \\t]*([A-Z]{2}[0-9]{3})(?:[ \\t]+(\\S+?)(?::([0-9]+))?)?[ \\t]*$");
    private static final Pattern EXPECT_LIKE = Pattern.compile("^[ \\t]*#[ \\t]*expect(-file)?[ \\t]*:.*$");

    /** Rules checked on a discovered root: the fixture becomes this file under ROOT. */
    private static final Set<String> ROOT_MODE = Set.of("HT012");
    private static final String ROOT_MAIN = "etc/httpd/conf/httpd.conf";
    private static final String ROOT_SERVER_ROOT = "etc/httpd";
    private static final String KERNEL_CONF_DIR = "sys/arch/i386/conf";

    /**
     * Rules that need a whole tree (a unit, clamd's and freshclam's files, a database directory,
     * host facts), with where {@code bad.conf}/{@code good.conf} go under ROOT: the fixture's
     * {@code root/} is the rest of ROOT, and its {@code host.ini}, when present, the facts
     * ({@code lint --root ROOT --facts host.ini}).
     */
    private static final Map<String, String> TREE_MODE = Map.of(
            "CL008", "etc/clamd.d/scan.conf", "CL102", "etc/clamd.d/scan.conf", "CL103", "etc/clamd.d/scan.conf",
            "CL301", "etc/clamd.d/scan.conf", "CL302", "etc/clamd.d/scan.conf", "CL303", "etc/clamd.d/scan.conf",
            "MB301", "etc/clamd.d/scan.conf", "MB302", "etc/clamd.d/scan.conf", "MB303", "etc/httpd/conf/httpd.conf",
            "MB304", "etc/httpd/conf.modules.d/00-mpm.conf");

    /** Inputs too large, binary or numerous to commit, written into the fixture's copy. */
    private static final Map<String, Generator> GENERATED = Map.of(
            "GE002", RuleFixturesTest::hugeFile,
            "GE003", RuleFixturesTest::gzipBackup,
            "GE004", RuleFixturesTest::manySites);

    /** Long enough for GE004's 50,000 files; short enough to fail a hang instead of waiting. */
    private static final Duration LINT_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    /** Fixture copies made for this run, by rule ID (shared by its bad and good cases). */
    private final Map<String, Path> copies = new HashMap<>();

    @FunctionalInterface
    interface Generator {
        void into(Path fixtureCopy) throws IOException;
    }

    /** One expected finding: a rule, a fixture file (relative path) and a line (0: the whole file). */
    record Expected(String rule, String file, int line) {
    }

    /** One finding from the JSON report. */
    record Hit(String rule, String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message + " [" + rule + "]";
        }
    }

    /** A finished lint run and how to find a fixture file among the report's paths. */
    record Run(int exitCode, List<Hit> hits, String stderr, UnaryOperator<String> suffixOf) {
        boolean matches(Hit h, Expected e) {
            return h.rule().equals(e.rule()) && h.line() == e.line()
                    && ("/" + h.file()).endsWith(suffixOf.apply(e.file()));
        }
    }

    @TestFactory
    Stream<DynamicNode> everyRuleHasFixtures() {
        return RuleRegistry.all().stream().map(rule -> dynamicContainer(rule.id() + " " + rule.name(),
                Stream.of(dynamicTest("bad.conf triggers it exactly where expected", () -> bad(rule)),
                        dynamicTest("good.conf does not trigger it", () -> good(rule)))));
    }

    private void bad(RuleInfo rule) throws Exception {
        String id = rule.id();
        requireFixture(id, "bad.conf");
        if (id.equals("GE001")) {
            assumeTrue(Files.exists(Path.of("/proc/self/mem")), "GE001's fixture needs Linux /proc");
        }
        List<Expected> expected = expectations(id).stream().filter(e -> e.rule().equals(id))
                .collect(Collectors.toList());
        assertFalse(expected.isEmpty(), id + "/bad.conf (or a file it includes) has no '# expect: "
                + id + "' comment, so nothing would be checked");

        Run run = lint(id, "bad.conf");
        assertEquals(0, run.exitCode(), "lint failed on " + id + "/bad.conf:\n" + run.stderr());
        List<Hit> hits = run.hits().stream().filter(h -> h.rule().equals(id)).collect(Collectors.toList());
        List<String> problems = new ArrayList<>();
        for (Expected e : expected) {
            if (hits.stream().noneMatch(h -> run.matches(h, e))) {
                problems.add("missing: " + id + " at " + e.file() + ":" + e.line());
            }
        }
        for (Hit h : hits) {
            if (expected.stream().noneMatch(e -> run.matches(h, e))) {
                problems.add("not expected: " + h);
            }
        }
        if (!problems.isEmpty()) {
            fail(id + "/bad.conf:\n  " + String.join("\n  ", problems) + "\nall findings:\n  "
                    + run.hits().stream().map(Hit::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private void good(RuleInfo rule) throws Exception {
        String id = rule.id();
        requireFixture(id, "good.conf");
        String text = Files.readString(FIXTURES.resolve(id).resolve("good.conf"), StandardCharsets.ISO_8859_1);
        assertTrue(text.lines().noneMatch(l -> EXPECT_LIKE.matcher(l).matches()),
                id + "/good.conf must not carry expect comments");

        Run run = lint(id, "good.conf");
        assertEquals(0, run.exitCode(), "lint failed on " + id + "/good.conf:\n" + run.stderr());
        List<Hit> hits = run.hits().stream().filter(h -> h.rule().equals(id)).collect(Collectors.toList());
        assertEquals(List.of(), hits, id + " fires on its good.conf");
    }

    /** Fixture directories belong to known rules, and their expect comments are well formed. */
    @Test
    void fixturesNameKnownRulesOnly() throws IOException {
        Set<String> known = RuleRegistry.all().stream().map(RuleInfo::id).collect(Collectors.toSet());
        Set<String> dirs;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            dirs = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        dirs.removeAll(known);
        assertEquals(Set.of(), dirs, "fixture directories for rules that do not exist");
        for (String id : known) {
            if (!Files.isDirectory(FIXTURES.resolve(id))) {
                continue;
            }
            for (Expected e : expectations(id)) {
                assertEquals(id, e.rule(), "fixtures of " + id + " expect another rule at " + e.file()
                        + ":" + e.line() + "; put that case in the other rule's fixtures");
            }
        }
    }

    // ---- running lint ---------------------------------------------------------------------

    private Run lint(String id, String entry) throws IOException {
        Path src = FIXTURES.resolve(id);
        if (TREE_MODE.containsKey(id)) {
            String target = TREE_MODE.get(id);
            Path root = tmp.resolve(id + "-" + entry.replace('.', '-'));
            copyTree(src.resolve("root"), root);
            Path main = root.resolve(target);
            Files.createDirectories(main.getParent());
            Files.copy(src.resolve(entry), main);
            List<String> args = new ArrayList<>(List.of("--root", root.toString()));
            if (Files.exists(src.resolve("host.ini"))) {
                args.addAll(List.of("--facts", src.resolve("host.ini").toString()));
            }
            return run(rel -> rel.equals(entry) ? "/" + target
                    : rel.startsWith("root/") ? rel.substring("root".length()) : "/" + id + "/" + rel,
                    args.toArray(new String[0]));
        }
        if (ROOT_MODE.contains(id)) {
            Path root = tmp.resolve(id + "-" + entry.replace('.', '-'));
            Path serverRoot = root.resolve(ROOT_SERVER_ROOT);
            copyTree(src, serverRoot);
            generate(id, serverRoot);
            Path main = root.resolve(ROOT_MAIN);
            Files.createDirectories(main.getParent());
            Files.copy(src.resolve(entry), main);
            return run(rel -> rel.equals(entry) ? "/" + ROOT_MAIN : "/" + ROOT_SERVER_ROOT + "/" + rel,
                    "--root", root.toString());
        }
        Path copy = copies.get(id);
        // an OpenBSD kernel configuration sits in sys/arch/ARCH/conf, where config(8) finds its includes
        String under = id.startsWith("BS") ? KERNEL_CONF_DIR + "/" : "";
        if (copy == null) {
            copy = tmp.resolve(id).resolve(under);
            copyTree(src, copy);
            generate(id, copy);
            copies.put(id, copy);
        }
        // An OpenBSD kernel configuration is checked with the saved vmstat -m beside it and the
        // facts ([openbsd] release, arch; [host] ram) when the fixture has them.
        List<String> args = new ArrayList<>();
        if (Files.exists(copy.resolve("host.ini"))) {
            args.addAll(List.of("--facts", copy.resolve("host.ini").toString()));
        }
        args.add(copy.resolve(entry).toString());
        if (Files.exists(copy.resolve("vmstat-m.txt"))) {
            args.add(copy.resolve("vmstat-m.txt").toString());
        }
        return run(rel -> "/" + id + "/" + under + rel, args.toArray(new String[0]));
    }

    private static Run run(UnaryOperator<String> suffixOf, String... inputs) {
        List<String> args = new ArrayList<>(List.of("lint", "-f", "json", "--fail-on", "none"));
        args.addAll(List.of(inputs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(LINT_TIMEOUT, () -> Main.run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(new String[0])),
                "headroom " + String.join(" ", args) + " did not finish");
        String stderr = err.toString(StandardCharsets.UTF_8);
        List<Hit> hits = new ArrayList<>();
        String json = out.toString(StandardCharsets.UTF_8);
        if (!json.isBlank()) {
            JsonObject report = JsonParser.parseString(json).getAsJsonObject();
            for (JsonElement f : report.getAsJsonArray("findings")) {
                JsonObject o = f.getAsJsonObject();
                hits.add(new Hit(o.get("rule").getAsString(), o.get("file").getAsString(),
                        o.get("line").getAsInt(), o.get("message").getAsString()));
            }
        }
        return new Run(code, hits, stderr, suffixOf);
    }

    // ---- fixtures -------------------------------------------------------------------------

    private static void requireFixture(String id, String name) {
        Path p = FIXTURES.resolve(id).resolve(name);
        assertTrue(Files.isRegularFile(p), "rule " + id + " has no " + name + ": add " + p);
    }

    /** Every expect comment in the committed fixture files of one rule, except good.conf's. */
    private static List<Expected> expectations(String id) throws IOException {
        Path dir = FIXTURES.resolve(id);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        List<Expected> out = new ArrayList<>();
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            if (rel.equals("good.conf") || Files.size(f) > 1 << 20) {
                continue;
            }
            List<String> lines = Files.readString(f, StandardCharsets.ISO_8859_1).lines()
                    .collect(Collectors.toList());
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                Matcher m = EXPECT.matcher(l);
                Matcher mf = EXPECT_FILE.matcher(l);
                if (m.matches()) {
                    for (String rule : m.group(1).split("[ \\t]*,[ \\t]*")) {
                        out.add(new Expected(rule, rel, i + 2));
                    }
                } else if (mf.matches()) {
                    out.add(new Expected(mf.group(1), mf.group(2) != null ? mf.group(2) : rel,
                            mf.group(3) != null ? Integer.parseInt(mf.group(3)) : 0));
                } else if (EXPECT_LIKE.matcher(l).matches()) {
                    fail(id + "/" + rel + ":" + (i + 1) + ": malformed expect comment: " + l.strip());
                }
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(from)) {
            all = s.sorted().collect(Collectors.toList());
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isSymbolicLink(p)) {
                // as the link it is (an enabled unit's wants/ link), whether or not it leads anywhere here
                Files.createSymbolicLink(target, Files.readSymbolicLink(p));
            } else if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }

    private static void generate(String id, Path dir) throws IOException {
        Generator g = GENERATED.get(id);
        if (g != null) {
            g.into(dir);
        }
    }

    /** GE002: just over headroom's size limit; sparse, so it costs no disk. */
    private static void hugeFile(Path dir) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.conf").toFile(), "rw")) {
            f.setLength(RootedFs.DEFAULT_MAX_FILE_BYTES + 1);
        }
    }

    /** GE003: a gzip'd copy of conf.d/mpm.conf beside it, as a backup script would leave it. */
    private static void gzipBackup(Path dir) throws IOException {
        Path gz = dir.resolve("conf.d/mpm.conf.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(dir.resolve("conf.d/mpm.conf"), o);
        }
        byte[] bytes = Files.readAllBytes(gz);
        boolean nul = false;
        for (byte b : bytes) {
            nul |= b == 0;
        }
        // Binary means NUL bytes among many control characters; gzip's header has zeros
        // (flags, time) and its compressed data the rest. Without a NUL it proves nothing.
        assertTrue(nul, "the generated gzip file holds no NUL byte");
    }

    /** GE004: 49,999 empty sites; with bad.conf and sites/example.conf, one file over the limit. */
    private static void manySites(Path dir) throws IOException {
        Path sites = Files.createDirectories(dir.resolve("sites"));
        for (int i = 0; i < 49_999; i++) {
            Files.createFile(sites.resolve(String.format("site%05d.conf", i)));
        }
    }

    private static Path basedir() {
        String base = System.getProperty("headroom.basedir");
        return base != null ? Path.of(base) : Path.of("").toAbsolutePath();
    }
}
