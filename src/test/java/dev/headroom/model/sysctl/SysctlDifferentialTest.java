package dev.headroom.model.sysctl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.lang.sysctl.SysctlKey;
import dev.headroom.lang.sysctl.SysctlSyntax;
import dev.headroom.source.RootedFs;
import dev.headroom.testing.Oracles;

/**
 * headroom against the programs themselves ({@link SysctlOracle}): on generated trees with
 * overlapping names, masks, links, globs, exclusions, repeated keys and bad lines, the files
 * read, the order, the value each key ends up with, and the lines rejected must be the same.
 */
class SysctlDifferentialTest {

    /** The fake /proc/sys: every key the generated lines may name, and some they never do. */
    private static final List<String> KEYS = List.of("vm/swappiness", "vm/overcommit_memory", "vm/overcommit_ratio",
            "vm/min_free_kbytes", "fs/file-max", "fs/nr_open", "kernel/pid_max", "kernel/domainname",
            "net/ipv4/conf/all/rp_filter", "net/ipv4/conf/default/rp_filter", "net/ipv4/conf/eth0/rp_filter",
            "net/ipv4/conf/eth1/rp_filter", "net/ipv4/conf/hub0/rp_filter", "net/ipv4/conf/enp3s0.200/rp_filter",
            "net/ipv4/conf/all/forwarding", "net/ipv4/conf/eth0/forwarding", "net/ipv4/conf/enp3s0.200/forwarding");
    private static final List<String> GLOBS = List.of("net.ipv4.conf.*.rp_filter", "net/ipv4/conf/*/forwarding",
            "net.ipv4.conf.eth?.rp_filter", "net.ipv4.conf.e*.forwarding", "vm.overcommit_*", "fs.*",
            "net.ipv4.conf.[ae]*.rp_filter");
    private static final List<String> VALUES = List.of("0", "1", "2", "10", "60", "65536", "1048576",
            "9223372036854775807", "a b", "x=y", "", "4 4 1 7", "example.com # old");
    private static final List<String> NAMES = List.of("10-a.conf", "50-pid-max.conf", "50-vendor.conf", "60-x.conf",
            "99-sysctl.conf", "99-zzz.conf", "a.conf", "Z.conf", ".hidden.conf", "README", "b.conf.dpkg-old");
    private static final List<String> DIRS = List.of("etc/sysctl.d", "run/sysctl.d", "usr/local/lib/sysctl.d",
            "usr/lib/sysctl.d");

    @TempDir
    Path tmp;

    @BeforeAll
    static void programsPresent() {
        SysctlOracle.require();
    }

    @Test
    void systemdSysctlAgreesOnGeneratedTrees() throws IOException {
        int keysCompared = agreeOnGeneratedTrees(SysctlProgram.SYSTEMD_SYSCTL, 200, 20261123L);
        assertThat(keysCompared).isEqualTo(200 * KEYS.size());
    }

    @Test
    void procpsSysctlSystemAgreesOnGeneratedTrees() throws IOException {
        int keysCompared = agreeOnGeneratedTrees(SysctlProgram.PROCPS_SYSTEM, 200, 20261124L);
        assertThat(keysCompared).isEqualTo(200 * KEYS.size());
    }

    private int agreeOnGeneratedTrees(SysctlProgram program, int trees, long seed) throws IOException {
        Random rnd = new Random(seed);
        int compared = 0;
        int set = 0;
        for (int i = 0; i < trees; i++) {
            Path root = tmp.resolve(program.name() + i);
            Path proc = SysctlOracle.fakeProcSys(tmp.resolve(program.name() + i + "-proc"), KEYS);
            Map<String, String> written = generate(new SysctlTree(root), rnd, program == SysctlProgram.SYSTEMD_SYSCTL);
            String label = program.displayName() + ", tree " + i + " of seed " + seed + ":\n" + describe(written);
            SysctlConfig ours = new SysctlReader(new RootedFs(root), program).read();
            SysctlOracle.Run theirs = program == SysctlProgram.SYSTEMD_SYSCTL ? SysctlOracle.systemdSysctl(root, proc)
                    : SysctlOracle.procpsSystem(root, proc, KEYS);
            String both = label + "\n--- their output:\n" + String.join("\n", theirs.output());

            assertThat(theirs.filesRead()).as(both).containsExactlyElementsOf(filesOpened(ours));
            for (String k : KEYS) {
                SysctlValue v = ours.value(k);
                assertThat(v.isSet() ? v.value() : null).as("%s\n%s", k, both).isEqualTo(theirs.written().get(k));
                compared++;
                set += v.isSet() ? 1 : 0;
            }
            if (program == SysctlProgram.SYSTEMD_SYSCTL) {
                assertSameRejectionsAndExit(ours, theirs, both);
            }
        }
        // A generator that never sets anything would agree trivially.
        assertThat(set).as("keys set across all trees").isGreaterThan(compared / 4);
        return compared;
    }

    /** The lines systemd-sysctl rejects, and whether it fails, are what headroom expects. */
    private static void assertSameRejectionsAndExit(SysctlConfig ours, SysctlOracle.Run theirs, String label) {
        List<String> rejected = new ArrayList<>();
        boolean fails = false;
        for (SysctlEvent e : ours.events()) {
            if (e.kind() == SysctlEvent.Kind.NOT_AN_ASSIGNMENT) {
                String listed = e.origin().via().isEmpty() ? e.origin().file() : e.origin().via().get(0);
                rejected.add("/" + listed + ":" + e.origin().line());
            }
            fails |= e.kind() == SysctlEvent.Kind.NOT_AN_ASSIGNMENT || e.kind() == SysctlEvent.Kind.FILE_UNREADABLE
                    || e.kind() == SysctlEvent.Kind.LINE_TOO_LONG;
        }
        for (SysctlAssignment a : ours.options()) {
            // A key naming no file fails to be written (EISDIR, EINVAL) unless '-' says to ignore it.
            fails |= !a.isExclusion() && !a.key().isGlob() && !a.key().isFilePath() && !a.ignoreFailure();
        }
        assertThat(theirs.notAssignments()).as(label).containsExactlyElementsOf(rejected);
        assertThat(theirs.exit() != 0).as("exit %s\n%s", theirs.exit(), label).isEqualTo(fails);
    }

    /**
     * The files the program opens: systemd logs "Parsing" once a file is open (a directory
     * opens, then fails to read; a dangling link does not open), procps logs before opening.
     */
    private static List<String> filesOpened(SysctlConfig c) {
        List<String> out = new ArrayList<>();
        for (SysctlFile f : c.files()) {
            boolean opened = c.program() == SysctlProgram.SYSTEMD_SYSCTL
                    ? f.status() != SysctlFile.Status.OVERRIDDEN && f.status() != SysctlFile.Status.MISSING
                    : f.status() != SysctlFile.Status.OVERRIDDEN;
            if (opened) {
                out.add(f.path());
            }
        }
        return out;
    }

    @Test
    void theFixtureWithEveryShapeAndTheManPageExample() throws IOException {
        Path root = tmp.resolve("fixture");
        Path proc = SysctlOracle.fakeProcSys(tmp.resolve("fixture-proc"), KEYS);
        String fixture = new String(Files.readAllBytes(Oracles.project().resolve("src/test/resources/sysctl/every-shape.conf")),
                StandardCharsets.ISO_8859_1);
        new SysctlTree(root).file("etc/sysctl.d/50-every-shape.conf", fixture)
                .file("usr/lib/sysctl.d/20-rp_filter.conf", "net.ipv4.conf.default.rp_filter = 2\n"
                        + "net.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.all.rp_filter\nnet.ipv4.conf.hub0.rp_filter = 1\n");
        SysctlConfig ours = SysctlReader.read(new RootedFs(root));
        SysctlOracle.Run theirs = SysctlOracle.systemdSysctl(root, proc);
        Map<String, String> expected = new LinkedHashMap<>();
        for (String k : KEYS) {
            SysctlValue v = ours.value(k);
            if (v.isSet()) {
                expected.put(k, v.value());
            }
        }
        Map<String, String> actual = new LinkedHashMap<>(theirs.written());
        actual.keySet().retainAll(KEYS);
        assertThat(actual).as(String.join("\n", theirs.output())).isEqualTo(expected);
        assertThat(expected).containsEntry("vm/overcommit_ratio", "80").containsEntry("fs/nr_open", "2097152")
                .containsEntry("net/ipv4/conf/eth0/rp_filter", "2").containsEntry("net/ipv4/conf/hub0/rp_filter", "1")
                .doesNotContainKey("net/ipv4/conf/all/rp_filter").containsEntry("kernel/domainname", "example.com # not a comment");
        assertThat(theirs.notAssignments()).containsExactly("/etc/sysctl.d/50-every-shape.conf:21");
    }

    @Test
    void systemdKeepsTheFirstPlaceOfARepeatedValueAndProcpsDoesNot() throws IOException {
        String text = "net.ipv4.conf.*.rp_filter = 1\nnet.ipv4.conf.e*.rp_filter = 2\nnet.ipv4.conf.*.rp_filter = 1\n";
        Map<String, String> systemd = agreeOn("place-systemd", SysctlProgram.SYSTEMD_SYSCTL,
                t -> t.file("etc/sysctl.d/a.conf", text));
        Map<String, String> procps = agreeOn("place-procps", SysctlProgram.PROCPS_SYSTEM,
                t -> t.file("etc/sysctl.d/a.conf", text));
        assertThat(systemd).containsEntry("net/ipv4/conf/eth0/rp_filter", "2");
        assertThat(procps).containsEntry("net/ipv4/conf/eth0/rp_filter", "1");
    }

    @Test
    void aLaterExclusionUnsetsInSystemdOnly() throws IOException {
        Consumer<SysctlTree> setup = t -> t.file("usr/lib/sysctl.d/50-v.conf", "vm.swappiness = 60\n")
                .file("etc/sysctl.d/90-l.conf", "-vm.swappiness\n");
        assertThat(agreeOn("excl-systemd", SysctlProgram.SYSTEMD_SYSCTL, setup)).doesNotContainKey("vm/swappiness");
        assertThat(agreeOn("excl-procps", SysctlProgram.PROCPS_SYSTEM, setup)).containsEntry("vm/swappiness", "60");
    }

    @Test
    void keysThatNameNoFileMakeSystemdFailUnlessDashed() throws IOException {
        agreeOn("invalid-1", SysctlProgram.SYSTEMD_SYSCTL, t -> t.file("etc/sysctl.d/a.conf", "= 5\nvm.swappiness = 1\n"));
        agreeOn("invalid-2", SysctlProgram.SYSTEMD_SYSCTL, t -> t.file("etc/sysctl.d/a.conf", "-= 5\n-vm/../x = 1\n"));
        agreeOn("invalid-3", SysctlProgram.SYSTEMD_SYSCTL, t -> t.file("etc/sysctl.d/a.conf", "vm/../vm/swappiness = 1\n"));
        agreeOn("invalid-4", SysctlProgram.SYSTEMD_SYSCTL, t -> t.file("etc/sysctl.d/a.conf", "/ = 1\n"));
    }

    @Test
    void aFormFeedIsNoBlankToSystemd() throws IOException {
        Map<String, String> w = agreeOn("formfeed", SysctlProgram.SYSTEMD_SYSCTL,
                t -> t.file("etc/sysctl.d/a.conf", "\fvm.swappiness = 1\nvm.overcommit_ratio = 2\f\n"));
        assertThat(w).doesNotContainKey("vm/swappiness").containsEntry("vm/overcommit_ratio", "2\f");
    }

    @Test
    void aDirectoryNamedLikeAFileMasksAndFails() throws IOException {
        Map<String, String> w = agreeOn("directory", SysctlProgram.SYSTEMD_SYSCTL,
                t -> t.dir("etc/sysctl.d/50-v.conf").file("usr/lib/sysctl.d/50-v.conf", "vm.swappiness = 60\n")
                        .file("usr/lib/sysctl.d/60-w.conf", "vm.overcommit_memory = 2\n"));
        assertThat(w).containsOnlyKeys("vm/overcommit_memory");
    }

    @Test
    void aLineOfOneMebibyteEndsTheFileForSystemd() throws IOException {
        String big = "# " + "x".repeat(SysctlSyntax.LONG_LINE_MAX);
        Map<String, String> w = agreeOn("long", SysctlProgram.SYSTEMD_SYSCTL,
                t -> t.file("etc/sysctl.d/a.conf", "vm.swappiness = 1\n" + big + "\nvm.overcommit_memory = 2\n")
                        .file("etc/sysctl.d/b.conf", "fs.nr_open = 2097152\n"));
        assertThat(w).containsOnlyKeys("vm/swappiness", "fs/nr_open");
    }

    /** Builds one tree, runs the program on it, holds everything against headroom. */
    private Map<String, String> agreeOn(String name, SysctlProgram program,
            Consumer<SysctlTree> setup) throws IOException {
        Path root = tmp.resolve(name);
        SysctlTree tree = new SysctlTree(root);
        for (String d : DIRS) {
            tree.dir(d);
        }
        tree.link("lib", "usr/lib");
        setup.accept(tree);
        Path proc = SysctlOracle.fakeProcSys(tmp.resolve(name + "-proc"), KEYS);
        SysctlConfig ours = new SysctlReader(new RootedFs(root), program).read();
        SysctlOracle.Run theirs = program == SysctlProgram.SYSTEMD_SYSCTL ? SysctlOracle.systemdSysctl(root, proc)
                : SysctlOracle.procpsSystem(root, proc, KEYS);
        String label = name + "\n--- their output:\n" + String.join("\n", theirs.output());
        assertThat(theirs.filesRead()).as(label).containsExactlyElementsOf(filesOpened(ours));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String k : KEYS) {
            SysctlValue v = ours.value(k);
            if (v.isSet()) {
                expected.put(k, v.value());
            }
        }
        Map<String, String> actual = new LinkedHashMap<>(theirs.written());
        actual.keySet().retainAll(KEYS);
        assertThat(actual).as(label).isEqualTo(expected);
        if (program == SysctlProgram.SYSTEMD_SYSCTL) {
            assertSameRejectionsAndExit(ours, theirs, label);
        }
        return actual;
    }

    @Test
    void thisMachineIsReadInTheOrderSystemdSysctlShows() {
        Oracles.require(Files.isDirectory(Path.of("/usr/lib/sysctl.d")), "this machine's sysctl.d");
        Path proc = SysctlOracle.fakeProcSys(tmp.resolve("machine-proc"), List.of());
        SysctlOracle.Run theirs = SysctlOracle.catConfigOfThisMachine(proc);
        SysctlConfig ours = SysctlReader.read(new RootedFs(Path.of("/")));
        assertThat(theirs.filesRead()).as(String.join("\n", theirs.output()))
                .containsExactlyElementsOf(filesOpened(ours));
    }

    // ---- the generator ------------------------------------------------------------------

    /** Fills a tree at random; returns what was written where, for failure messages. */
    private static Map<String, String> generate(SysctlTree tree, Random rnd, boolean systemd) {
        Map<String, String> written = new LinkedHashMap<>();
        for (String d : DIRS) {
            tree.dir(d);
        }
        tree.link("lib", "usr/lib");
        int files = 1 + rnd.nextInt(6);
        for (int f = 0; f < files; f++) {
            String rel = DIRS.get(rnd.nextInt(DIRS.size())) + "/" + NAMES.get(rnd.nextInt(NAMES.size()));
            if (written.containsKey(rel)) {
                continue;
            }
            int kind = rnd.nextInt(20);
            if (kind == 0 && rel.startsWith("etc/")) {
                tree.link(rel, "/dev/null");
                written.put(rel, "-> /dev/null");
            } else if (kind == 1) {
                tree.link(rel, "/nowhere/" + rel);
                written.put(rel, "-> (dangling)");
            } else {
                String text = content(rnd, systemd);
                tree.file(rel, text);
                written.put(rel, text);
            }
        }
        if (rnd.nextInt(3) == 0) {
            String text = content(rnd, systemd);
            tree.file("etc/sysctl.conf", text);
            written.put("etc/sysctl.conf", text);
            if (!written.containsKey("etc/sysctl.d/99-sysctl.conf") && rnd.nextBoolean()) {
                tree.link("etc/sysctl.d/99-sysctl.conf", rnd.nextBoolean() ? "../sysctl.conf" : "/etc/sysctl.conf");
                written.put("etc/sysctl.d/99-sysctl.conf", "-> ../sysctl.conf");
            }
        }
        return written;
    }

    private static String content(Random rnd, boolean systemd) {
        StringBuilder b = new StringBuilder();
        int lines = rnd.nextInt(9);
        for (int i = 0; i < lines; i++) {
            b.append(line(rnd, systemd));
            if (i < lines - 1 || rnd.nextInt(5) > 0) {
                int end = rnd.nextInt(20);
                b.append(end == 0 ? "\r\n" : end == 1 && systemd ? "\r" : end == 2 && systemd ? "\n\r" : "\n");
            }
        }
        return b.toString();
    }

    private static String line(Random rnd, boolean systemd) {
        String blank = pick(rnd, "", "", "", " ", "\t", "  \t");
        switch (rnd.nextInt(12)) {
            case 0:
                return "# " + assignment(rnd, systemd);
            case 1:
                return blank + "; comment";
            case 2:
                return blank;
            case 3:
                return blank + spelling(rnd, systemd);
            case 4:
                return blank + "-" + spelling(rnd, systemd) + pick(rnd, "", " ", "\t");
            default:
                return blank + assignment(rnd, systemd) + pick(rnd, "", "", " ", "\t ");
        }
    }

    private static String assignment(Random rnd, boolean systemd) {
        String dash = rnd.nextInt(5) == 0 ? (systemd && rnd.nextBoolean() ? "- " : "-") : "";
        String key = rnd.nextInt(6) == 0 ? pick(rnd, GLOBS.toArray(new String[0])) : spelling(rnd, systemd);
        return dash + key + pick(rnd, " = ", "=", "\t=\t", " =", "= ") + pick(rnd, VALUES.toArray(new String[0]));
    }

    /** One of the keys (or one the fake /proc/sys lacks), spelled one of the ways allowed. */
    private static String spelling(Random rnd, boolean systemd) {
        if (rnd.nextInt(15) == 0) {
            return pick(rnd, "vm.nonexistent", "kernel/nothing/here");
        }
        SysctlKey key = SysctlKey.of(KEYS.get(rnd.nextInt(KEYS.size())));
        switch (rnd.nextInt(systemd ? 5 : 2)) {
            case 0:
                return key.name();
            case 1:
                return key.path();
            case 2:
                return key.name().replaceFirst("\\.", "..");
            case 3:
                return "/" + key.path();
            default:
                return "." + key.name();
        }
    }

    @SafeVarargs
    private static <T> T pick(Random rnd, T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static String describe(Map<String, String> written) {
        StringBuilder b = new StringBuilder();
        written.forEach((k, v) -> b.append("== ").append(k).append("\n").append(v.replace("\r", "\\r")).append("\n"));
        return b.toString();
    }
}
