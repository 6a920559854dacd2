package dev.headroom.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.model.systemd.SystemdReader;
import dev.headroom.model.systemd.UnitSetting;
import dev.headroom.model.systemd.values.MemoryLimit;
import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.model.systemd.values.ResourceLimit;
import dev.headroom.model.systemd.values.RestartPolicy;
import dev.headroom.model.systemd.values.ServiceType;
import dev.headroom.model.systemd.values.TimeSpan;
import dev.headroom.source.RootedFs;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * Differential test of headroom's unit resolution (search path, drop-in directories and their
 * order, masking, templates and instances, the derived defaults of Type=/TimeoutStartSec=/
 * OOMPolicy=) against {@code systemd --test} of systemd 252 (shared/domain.md C.4, C.5, C.6,
 * C.8, C.9). Each generated tree has {@code etc/systemd/system} and
 * {@code usr/lib/systemd/system}; headroom reads it under the tree as root, the oracle gets
 * {@code SYSTEMD_UNIT_PATH=TREE/etc/systemd/system:TREE/usr/lib/systemd/system:} (the trailing
 * ':' appends the host's default path, so every generated name starts with {@code hrz}).
 * <p>
 * Manager defaults: in {@code --test} mode systemd reads {@code /etc/systemd/user.conf} and
 * {@code user.conf.d/}, not system.conf (C.12). So, run as root, each tree also gets a generated
 * {@code etc/systemd/system.conf} and {@code system.conf.d/} (DefaultTimeoutStartSec=,
 * DefaultTimeoutStopSec=, DefaultOOMPolicy=, DefaultLimitNOFILE=), which headroom reads, and the
 * oracle runs in a private mount namespace where a copy of them, named user.conf and
 * user.conf.d, is bind-mounted over the host's /etc/systemd. Without root the trees have no
 * manager files, and LimitNOFILE= is compared only where a unit sets it (the test-mode manager's
 * own default is the limit of the process that starts it, not systemd's 1024:524288).
 * <p>
 * Per unit the effective Type, TimeoutStartSec, TimeoutStopSec (formatted as the dump does, to
 * whole seconds), OOMPolicy, Restart, MemoryMax, MemoryHigh, LimitNOFILE (soft and hard),
 * Delegate and the list of drop-in paths are compared. The dump's {@code DropIn Path:} lines also list drop-ins masked by a link to
 * /dev/null; headroom's {@code dropIns()} leaves those out, so they are removed from the dump's
 * list before comparing. Units systemd refuses to load (e.g. Type=oneshot with Restart=always)
 * are counted and left out of the comparison, since headroom does not model that refusal.
 */
class SystemdResolveDifferentialTest {

    private static final long SEED = 0x5D_0252_A5L;
    private static final int TREES = 160;
    private static final int REPORTED = 10;
    private static final Path SYSTEMD = Path.of("/lib/systemd/systemd");
    private static final String INFINITY_BYTES = "18446744073709551615";
    private static final String ETC = "etc/systemd/system";
    private static final String LIB = "usr/lib/systemd/system";

    private static final List<String> FIELDS = List.of("Type", "TimeoutStartSec", "TimeoutStopSec", "OOMPolicy",
            "Restart", "MemoryMax", "MemoryHigh", "LimitNOFILE", "Delegate", "DropIn Path");
    private static final String NOT_COMPARED = "(manager default of the test process, not compared)";

    /**
     * A generated tree: its directory, the units to load, and the copy of its manager files to
     * put over /etc/systemd for the oracle (null: none).
     */
    record Tree(int index, Path root, List<String> units, Path managerForOracle) {
    }

    @Test
    void resolutionAgreesWithSystemd(@TempDir Path tmp) throws Exception {
        Oracles.require(Files.isExecutable(SYSTEMD), "the systemd binary " + SYSTEMD);
        boolean root = ExternalProcess.isRoot();
        if (root) {
            Oracles.require(ExternalProcess.onPath("runuser") != null, "runuser (to run systemd --test as nobody)");
        }
        long start = System.nanoTime();
        Random random = new Random(SEED);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Tree> trees = new ArrayList<>();
        for (int t = 0; t < TREES; t++) {
            trees.add(generate(random, t, tmp.resolve("t" + t), root ? tmp.resolve("m" + t) : null));
        }
        readableByAll(tmp);
        long ram = SystemdValueDifferentialTest.physicalMemory();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ExternalProcess.Run>> runs = new ArrayList<>();
        try {
            for (Tree tree : trees) {
                runs.add(pool.submit(() -> oracle(tree, root)));
            }
            int unitsAgree = 0;
            int unitsTotal = 0;
            int valuesAgree = 0;
            int valuesTotal = 0;
            int refused = 0;
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < trees.size(); i++) {
                Tree tree = trees.get(i);
                ExternalProcess.Run run = runs.get(i).get(120, TimeUnit.SECONDS);
                Map<String, Map<String, List<String>>> dump = parseDump(run.stdout());
                SystemdConfig config = SystemdReader.read(new RootedFs(tree.root()));
                Map<String, ServiceUnit> ours = new LinkedHashMap<>();
                if (config != null) {
                    for (ServiceUnit s : config.services()) {
                        ours.put(s.name(), s);
                    }
                }
                for (String unit : tree.units()) {
                    Map<String, List<String>> theirs = dump.get(unit);
                    ServiceUnit s = ours.get(unit);
                    List<String> problems = new ArrayList<>();
                    if (theirs == null) {
                        problems.add("missing from the systemd --test dump (rc " + run.rc() + "): "
                                + tail(run.stderr()));
                    } else if (!"loaded".equals(first(theirs, "Unit Load State"))) {
                        refused++;
                        continue;
                    }
                    if (s == null) {
                        problems.add("headroom did not find the unit");
                    }
                    int agree = 0;
                    if (problems.isEmpty()) {
                        Map<String, String> expected = headroom(s, tree.root(), ram, tree.managerForOracle() != null);
                        Map<String, String> actual = oracleValues(theirs, tree.root());
                        for (String f : FIELDS) {
                            if (expected.get(f).equals(actual.get(f))) {
                                agree++;
                            } else {
                                problems.add(f + ": systemd [" + actual.get(f) + "], headroom [" + expected.get(f)
                                        + "]");
                            }
                        }
                    }
                    unitsTotal++;
                    valuesTotal += FIELDS.size();
                    valuesAgree += agree;
                    if (problems.isEmpty()) {
                        unitsAgree++;
                    } else {
                        mismatches.add("tree t" + tree.index() + " unit " + unit + ":\n    "
                                + String.join("\n    ", problems) + "\n  tree:\n" + listing(tree.root()));
                    }
                }
            }
            System.out.printf(Locale.ROOT,
                    "systemd resolve: %d/%d units agree (%d/%d values); %d trees, %d units refused by systemd "
                            + "left out; %.1f s%n",
                    unitsAgree, unitsTotal, valuesAgree, valuesTotal, trees.size(), refused,
                    (System.nanoTime() - start) / 1e9);
            assertThat(unitsTotal).isGreaterThanOrEqualTo(200);
            // Only the first few in the message: the count says how many more there are.
            assertThat(mismatches.size()).as("%d of %d units disagree with systemd --test; the first %d:%n%s",
                    mismatches.size(), unitsTotal, Math.min(REPORTED, mismatches.size()),
                    mismatches.stream().limit(REPORTED).collect(Collectors.joining("\n"))).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- headroom's side and the oracle's side, as comparable strings ----------------------

    private static Map<String, String> headroom(ServiceUnit s, Path root, long ram, boolean managerShared) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Type", value(s, "Type", v -> ((ServiceType) v).systemdName()));
        out.put("TimeoutStartSec", value(s, "TimeoutStartSec", v -> ((TimeSpan) v).format(1_000_000)));
        out.put("TimeoutStopSec", value(s, "TimeoutStopSec", v -> ((TimeSpan) v).format(1_000_000)));
        out.put("OOMPolicy", value(s, "OOMPolicy", v -> ((OomPolicy) v).systemdName()));
        out.put("Restart", value(s, "Restart", v -> ((RestartPolicy) v).systemdName()));
        out.put("MemoryMax", value(s, "MemoryMax", v -> bytes((MemoryLimit) v, ram)));
        out.put("MemoryHigh", value(s, "MemoryHigh", v -> bytes((MemoryLimit) v, ram)));
        UnitSetting nofile = s.get("LimitNOFILE");
        out.put("LimitNOFILE", !managerShared && nofile.origin() == null ? NOT_COMPARED
                : value(s, "LimitNOFILE", v -> limit((ResourceLimit) v)));
        out.put("Delegate", value(s, "Delegate", v -> Boolean.TRUE.equals(v) ? "yes" : "no"));
        out.put("DropIn Path", String.join(", ", s.dropIns()));
        return out;
    }

    private static String value(ServiceUnit s, String key, java.util.function.Function<Object, String> show) {
        UnitSetting v = s.get(key);
        return v == null || v.value() == null ? "(none)" : show.apply(v.value());
    }

    private static Map<String, String> oracleValues(Map<String, List<String>> unit, Path root) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIELDS) {
            if (!f.equals("DropIn Path")) {
                out.put(f, first(unit, f));
            }
        }
        out.put("LimitNOFILE", first(unit, "LimitNOFILESoft") + ":" + first(unit, "LimitNOFILE"));
        // Shown as headroom shows them (relative to the root), masked ones left out.
        List<String> dropIns = new ArrayList<>();
        for (String p : unit.getOrDefault("DropIn Path", List.of())) {
            Path path = Path.of(p);
            if (isDevNullLink(path)) {
                continue;
            }
            dropIns.add(path.startsWith(root) ? root.relativize(path).toString() : p);
        }
        out.put("DropIn Path", String.join(", ", dropIns));
        return out;
    }

    private static boolean isDevNullLink(Path p) {
        try {
            return Files.isSymbolicLink(p) && Files.readSymbolicLink(p).toString().equals("/dev/null");
        } catch (IOException e) {
            return false;
        }
    }

    private static String first(Map<String, List<String>> unit, String key) {
        List<String> v = unit.get(key);
        return v == null || v.isEmpty() ? "(none)" : v.get(0);
    }

    private static String limit(ResourceLimit l) {
        return Long.toUnsignedString(l.soft()) + ":" + Long.toUnsignedString(l.hard());
    }

    private static String bytes(MemoryLimit m, long ram) {
        if (m.infinite()) {
            return INFINITY_BYTES;
        }
        return m.isPercentage() ? Long.toString(m.resolve(ram)) : Long.toUnsignedString(m.bytes());
    }

    // ---- the oracle -------------------------------------------------------------------------

    private static ExternalProcess.Run oracle(Tree tree, boolean root) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        String path = tree.root().resolve(ETC) + ":" + tree.root().resolve(LIB) + ":";
        List<String> systemd = List.of("env", "SYSTEMD_UNIT_PATH=" + path, SYSTEMD.toString(), "--test", "--system",
                "--unit=hrz" + tree.index() + "all.target");
        if (tree.managerForOracle() == null) {
            cmd.addAll(systemd);
            return ExternalProcess.run(cmd, null, 60);
        }
        // The tree's system.conf as user.conf, seen only by this systemd --test (C.12).
        List<String> mounted = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "mount --bind \"$0\" /etc/systemd && exec \"$@\"", tree.managerForOracle().toString()));
        mounted.addAll(cmd);
        mounted.addAll(systemd);
        return ExternalProcess.run(mounted, null, 60);
    }

    private static final Pattern UNIT_HEADER = Pattern.compile("^\t-> Unit (.+):$");
    private static final Pattern UNIT_FIELD = Pattern.compile("^\t\t([^:]+): ?(.*)$");

    /** The dump's per-unit blocks: every value of each field, in order. */
    static Map<String, Map<String, List<String>>> parseDump(String stdout) {
        Map<String, Map<String, List<String>>> units = new LinkedHashMap<>();
        Map<String, List<String>> current = null;
        for (String l : stdout.split("\n")) {
            Matcher h = UNIT_HEADER.matcher(l);
            if (h.matches()) {
                current = units.computeIfAbsent(h.group(1), k -> new LinkedHashMap<>());
                continue;
            }
            Matcher f = UNIT_FIELD.matcher(l);
            if (current != null && f.matches()) {
                current.computeIfAbsent(f.group(1), k -> new ArrayList<>()).add(f.group(2));
            } else if (!l.startsWith("\t\t")) {
                current = null;
            }
        }
        return units;
    }

    // ---- the generated trees ------------------------------------------------------------------

    private static final List<String> BASENAMES = List.of("10.conf", "20.conf", "a.conf", "B.conf", "b.conf",
            "Z.conf", "override.conf", "50-x.conf", "notes.txt", "10.conf", "20.conf");

    private static Tree generate(Random r, int t, Path root, Path oracleEtc) throws IOException {
        Path etc = root.resolve(ETC);
        Path lib = root.resolve(LIB);
        Files.createDirectories(etc);
        Files.createDirectories(lib);
        List<String> units = new ArrayList<>();
        boolean plain = r.nextInt(10) < 7;
        boolean template = !plain || r.nextInt(10) < 6;
        String p = "hrz" + t;
        if (plain) {
            String name = pick(r, List.of(p + "p", p + "-a", p + "-a-b", p + "-a-b-c")) + ".service";
            writeFragments(r, etc, lib, name);
            units.add(name);
        }
        if (template) {
            String tpl = pick(r, List.of(p + "t@", p + "-t@", p + "-a-t@")) + ".service";
            String inst = tpl.replace("@.", "@" + pick(r, List.of("inst", "x-y", "Inst")) + ".");
            writeFragments(r, etc, lib, tpl);
            Path wants = etc.resolve("multi-user.target.wants");
            Files.createDirectories(wants);
            Files.createSymbolicLink(wants.resolve(inst), Path.of("/usr/lib/systemd/system/" + tpl));
            units.add(inst);
        }
        // Drop-ins: in any directory systemd consults for one of the units, in either root.
        List<String> dirs = new ArrayList<>();
        for (String u : units) {
            for (String d : systemdDropInDirs(u)) {
                if (!dirs.contains(d)) {
                    dirs.add(d);
                }
            }
        }
        dirs.add("service.d");
        int count = r.nextInt(7);
        for (int i = 0; i < count; i++) {
            Path dir = (r.nextBoolean() ? etc : lib).resolve(pick(r, dirs));
            Files.createDirectories(dir);
            Path f = dir.resolve(pick(r, BASENAMES));
            if (Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            int kind = r.nextInt(20);
            if (kind < 3) {
                Files.createSymbolicLink(f, Path.of("/dev/null"));
            } else if (kind == 3) {
                Files.writeString(f, "");
            } else {
                Files.writeString(f, "[Service]\n" + settings(r, 1 + r.nextInt(3)));
            }
        }
        StringBuilder target = new StringBuilder("[Unit]\nDescription=headroom resolve test\n");
        for (String u : units) {
            target.append("Wants=").append(u).append('\n');
        }
        Files.writeString(lib.resolve(p + "all.target"), target);
        if (oracleEtc != null) {
            writeManager(r, root.resolve("etc/systemd"), oracleEtc);
        }
        return new Tree(t, root, units, oracleEtc);
    }

    private static final List<String> MANAGER_TIMES = List.of("10s", "3min", "infinity", "0", "45", "bogus", "");
    /** The first four are valid; the others systemd rejects (a suffix, soft above hard). */
    private static final List<String> MANAGER_NOFILE = List.of("4096", "1024:65536", "infinity", "512:1024",
            "2048:1M", "65536:4096");

    /**
     * system.conf and sometimes system.conf.d/ drop-ins for headroom (under the tree), and the
     * same files as user.conf and user.conf.d/ for the oracle. DefaultLimitNOFILE= is always
     * written: otherwise the test-mode manager takes its default from its own process limits.
     */
    private static void writeManager(Random r, Path headroomEtc, Path oracleEtc) throws IOException {
        Files.createDirectories(headroomEtc.resolve("system.conf.d"));
        Files.createDirectories(oracleEtc.resolve("user.conf.d"));
        StringBuilder main = new StringBuilder("[Manager]\n");
        // A valid one first: when every line is rejected, the test-mode manager keeps its own
        // process limits, which the real PID 1 does not have (it starts from 1024:524288).
        main.append("DefaultLimitNOFILE=").append(pick(r, MANAGER_NOFILE.subList(0, 4))).append('\n');
        main.append(managerLines(r));
        Files.writeString(headroomEtc.resolve("system.conf"), main);
        Files.writeString(oracleEtc.resolve("user.conf"), main);
        int dropIns = r.nextInt(3);
        for (int i = 0; i < dropIns; i++) {
            String name = pick(r, List.of("10-a.conf", "50-b.conf", "90-z.conf"));
            String text = "[Manager]\n" + managerLines(r);
            Files.writeString(headroomEtc.resolve("system.conf.d").resolve(name), text);
            Files.writeString(oracleEtc.resolve("user.conf.d").resolve(name), text);
        }
    }

    private static String managerLines(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(3) > 0) {
            b.append("DefaultTimeoutStartSec=").append(pick(r, MANAGER_TIMES)).append('\n');
        }
        if (r.nextInt(3) == 0) {
            b.append("DefaultTimeoutStopSec=").append(pick(r, MANAGER_TIMES)).append('\n');
        }
        if (r.nextInt(2) == 0) {
            b.append("DefaultOOMPolicy=").append(pick(r, List.of("continue", "stop", "kill", "bogus"))).append('\n');
        }
        if (r.nextInt(4) == 0) {
            b.append("DefaultLimitNOFILE=").append(pick(r, MANAGER_NOFILE)).append('\n');
        }
        return b.toString();
    }

    /** The fragment in /usr/lib, /etc or both (the /etc one wins, C.4). */
    private static void writeFragments(Random r, Path etc, Path lib, String name) throws IOException {
        int where = r.nextInt(10);
        if (where < 7 || where == 9) {
            Files.writeString(lib.resolve(name), fragment(r));
        }
        if (where >= 7) {
            Files.writeString(etc.resolve(name), fragment(r));
        }
    }

    private static String fragment(Random r) {
        return "[Unit]\nDescription=hrz %n\n[Service]\nExecStart=/bin/true\n" + settings(r, r.nextInt(4));
    }

    private static final List<String> TIMES = List.of("0", "5s", "42", "1min 30s", "infinity", "2.5s", "1500ms",
            "10min", "", "5S", "3 s", "0.4s");

    private static String settings(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(11)) {
                case 0:
                    b.append("Type=").append(pick(r, List.of("simple", "exec", "forking", "notify", "oneshot",
                            "oneshot", "idle", "Notify", "notify-reload")));
                    break;
                case 1:
                case 2:
                    b.append(pick(r, List.of("TimeoutSec", "TimeoutStartSec", "TimeoutStartSec", "TimeoutStopSec")))
                            .append('=').append(pick(r, TIMES));
                    if (r.nextInt(3) == 0) {
                        // TimeoutSec= before or after TimeoutStartSec= (C.8)
                        b.append('\n').append(r.nextBoolean() ? "TimeoutSec=" : "TimeoutStartSec=")
                                .append(pick(r, TIMES));
                    }
                    break;
                case 3:
                    b.append("OOMPolicy=").append(pick(r, List.of("continue", "stop", "kill", "Stop", "bogus")));
                    break;
                case 4:
                    b.append("Restart=").append(pick(r, List.of("no", "on-failure", "on-abnormal", "on-abort",
                            "on-watchdog", "always", "on-success", "Always")));
                    break;
                case 5:
                    b.append("MemoryMax=").append(pick(r, List.of("512M", "1G", "1.5G", "infinity", "512m", "0",
                            "50%", "1024", "", "2T")));
                    break;
                case 6:
                case 7:
                    b.append("Delegate=").append(pick(r, List.of("yes", "yes", "no", "true", "0", "cpu memory",
                            "maybe", "")));
                    break;
                case 9:
                    b.append("LimitNOFILE=").append(pick(r, List.of("8192", "1024:4096", "infinity", "4096:2048",
                            "", "65536:infinity", "0x400", "bogus")));
                    break;
                case 10:
                    b.append("MemoryHigh=").append(pick(r, List.of("256M", "80%", "infinity", "", "1G", "0")));
                    break;
                default:
                    b.append(pick(r, List.of("Description=x", "RemainAfterExit=yes", "# comment",
                            "ExecStartPre=/bin/true")));
                    break;
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * The drop-in directory names systemd 252 consults for a unit in one search-path directory,
     * from src/shared/dropin.c unit_file_find_dirs(): NAME.d, the template's (recursively), then
     * the dash prefix (built with the instance for an instance), recursively. Used only to choose
     * where to put drop-ins; the oracle decides what applies.
     */
    static List<String> systemdDropInDirs(String name) {
        List<String> out = new ArrayList<>();
        dirs(name, out);
        return out;
    }

    private static void dirs(String name, List<String> out) {
        out.add(name + ".d");
        String type = name.substring(name.lastIndexOf('.'));
        int at = name.indexOf('@');
        boolean instance = at > 0 && name.charAt(at + 1) != '.';
        if (instance) {
            dirs(name.substring(0, at + 1) + type, out);
        }
        String prefix = at > 0 ? name.substring(0, at) : name.substring(0, name.lastIndexOf('.'));
        boolean chopped = false;
        while (true) {
            int dash = prefix.lastIndexOf('-');
            if (dash <= 0) {
                return;
            }
            if (dash + 1 < prefix.length() || chopped) {
                prefix = prefix.substring(0, dash + 1);
                break;
            }
            prefix = prefix.substring(0, dash);
            chopped = true;
        }
        dirs(instance ? prefix + "@" + name.substring(at + 1, name.lastIndexOf('.')) + type : prefix + type, out);
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** Every file of the tree, with its link target or its text, for the failure message. */
    private static String listing(Path root) {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted()::iterator) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                b.append("    ").append(root.relativize(p));
                if (Files.isSymbolicLink(p)) {
                    b.append(" -> ").append(Files.readSymbolicLink(p));
                } else {
                    String text = Files.readString(p, StandardCharsets.UTF_8).strip();
                    b.append(text.isEmpty() ? " (empty)" : ": " + text.replace("\n", " | "));
                }
                b.append('\n');
            }
        } catch (IOException e) {
            b.append("    (cannot list: ").append(e.getMessage()).append(")\n");
        }
        return b.toString();
    }

    // ---- processes and files ----------------------------------------------------------------

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 400 ? "…" + t.substring(t.length() - 400) : t;
    }

    /** systemd --test runs as nobody: every directory must be reachable, every file readable. */
    private static void readableByAll(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
