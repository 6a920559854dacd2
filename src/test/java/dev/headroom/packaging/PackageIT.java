package dev.headroom.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * What {@code mvn package} made, checked in {@code verify} (failsafe): the man pages are clean
 * roff, and the Debian package holds the launcher, the jar, the pages and the completions in
 * their usual places, asks apt for nothing this machine lacks, and works once {@code dpkg -i}
 * has installed it into a scratch root with a dpkg database of its own (never system-wide).
 */
class PackageIT {

    private static final List<String> COMMANDS = List.of("lint", "show", "budget", "plan", "tune", "apply",
            "rollback", "rules", "explain", "generate-completion", "help");

    static Path target;
    static Path deb;
    static String version;

    @BeforeAll
    static void built() {
        target = Oracles.project().resolve("target");
        deb = Path.of(System.getProperty("headroom.deb", target.resolve("headroom_0.1.0_all.deb").toString()));
        version = deb.getFileName().toString().replaceAll("^headroom_(.*)_all\\.deb$", "$1");
        Oracles.require(Files.isRegularFile(deb), "the Debian package built by mvn package (" + deb + ")");
        Oracles.require(ExternalProcess.onPath("dpkg-deb") != null, "dpkg-deb");
    }

    @Test
    void everyManPageIsCleanRoff() throws Exception {
        Oracles.require(ExternalProcess.onPath("groff") != null, "groff");
        List<String> pages = new ArrayList<>(List.of("headroom.1"));
        COMMANDS.forEach(c -> pages.add("headroom-" + c + ".1"));
        for (String page : pages) {
            Path p = target.resolve("man").resolve(page);
            assertThat(p).as(page).isRegularFile();
            ExternalProcess.Run r = ExternalProcess.run(List.of("groff", "-man", "-Tutf8", "-z", "-ww", p.toString()),
                    null, 60);
            assertThat(r.rc()).as(page).isZero();
            assertThat(r.stderr()).as("groff's warnings on " + page).isEmpty();
        }
    }

    @Test
    void thePackageHoldsEverythingInItsUsualPlace() throws Exception {
        String contents = run(List.of("dpkg-deb", "--contents", deb.toString())).stdout();
        assertThat(contents).contains("./usr/bin/headroom", "./usr/share/headroom/headroom.jar",
                "./usr/share/man/man1/headroom.1.gz", "./usr/share/man/man1/headroom-lint.1.gz",
                "./usr/share/bash-completion/completions/headroom", "./usr/share/zsh/vendor-completions/_headroom",
                "./usr/share/fish/vendor_completions.d/headroom.fish");
        assertThat(contents).containsPattern("-rwxr-xr-x root/root +\\d+ \\S+ \\S+ \\./usr/bin/headroom\n");

        String control = run(List.of("dpkg-deb", "--field", deb.toString())).stdout();
        assertThat(control).contains("Package: headroom\n", "Version: " + version + "\n", "Architecture: all\n",
                "Section: admin\n", "Depends: default-jre-headless (>= 2:1.17) | java17-runtime-headless\n",
                "Maintainer: ", "Description: ");
    }

    @Test
    void aptFindsEveryDependencyAlreadyInstalled() throws Exception {
        Oracles.require(ExternalProcess.onPath("apt-get") != null, "apt-get");
        // a simulation: resolves Depends against this machine's packages, installs nothing
        ExternalProcess.Run r = exec(List.of("apt-get", "install", "--simulate", "--no-install-recommends",
                deb.toAbsolutePath().toString()), Map.of(), null);
        assertThat(r.rc()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("Inst headroom (" + version + " ")
                .contains("0 upgraded, 1 newly installed, 0 to remove");
    }

    @Test
    void theInstalledPackageRuns(@TempDir Path scratch) throws Exception {
        Path root = scratch.resolve("root");
        Path admin = root.resolve("var/lib/dpkg");
        Files.createDirectories(admin.resolve("info"));
        Files.createDirectories(admin.resolve("updates"));
        Files.writeString(admin.resolve("status"), "");
        // The scratch database holds no Java, so Depends cannot be met there (apt's simulation
        // above checks it against the machine): --force-depends, and nothing else forced.
        run(List.of("dpkg", "--root=" + root, "--force-not-root", "--force-depends", "--log=/dev/null", "-i",
                deb.toString()), Map.of(), true);
        assertThat(run(List.of("dpkg", "--root=" + root, "-s", "headroom")).stdout())
                .contains("Status: install ok installed\n", "Version: " + version + "\n");
        assertThat(run(List.of("dpkg", "--root=" + root, "-L", "headroom")).stdout())
                .contains("/usr/bin/headroom\n", "/usr/share/man/man1/headroom.1.gz\n");
        Path headroom = root.resolve("usr/bin/headroom");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", scratch.resolve("cache").toString(),
                "HOME", scratch.toString());

        // The launcher finds the jar beside it, in ../share/headroom (no HEADROOM_JAR).
        ExternalProcess.Run v = run(List.of(headroom.toString(), "--version"), env);
        assertThat(v.stdout()).isEqualTo("headroom " + version + "\n");

        // The README's example, with the golden output that ExamplesTest checks in-process.
        Path project = Oracles.project().toAbsolutePath();
        ExternalProcess.Run lint = exec(List.of(headroom.toString(), "lint", "--root", "examples/tarragon/root",
                "--facts", "examples/tarragon/host.ini", "--fail-on", "info"), env, project);
        assertThat(lint.stdout() + "exit " + lint.rc() + "\n")
                .isEqualTo(Files.readString(project.resolve("examples/tarragon/expected-lint.txt")));
        assertThat(lint.rc()).as("exit 1: findings at or above --fail-on").isEqualTo(1);

        ExternalProcess.Run usage = exec(List.of(headroom.toString(), "lint", "--no-such-option"), env, project);
        assertThat(usage.rc()).as("exit 2: usage error").isEqualTo(2);

        Oracles.require(ExternalProcess.onPath("man") != null, "man (man-db)");
        Path page = root.resolve("usr/share/man/man1/headroom.1.gz");
        ExternalProcess.Run man = exec(List.of("man", "-l", page.toString()), Map.of("MANPAGER", "cat", "MANWIDTH", "80"),
                scratch);
        assertThat(man.rc()).isZero();
        assertThat(man.stdout()).contains("NAME").contains("headroom - Keeps small servers").contains("SYNOPSIS")
                .contains("lint");
        try (Stream<Path> pages = Files.list(page.getParent())) {
            assertThat(pages.map(p -> p.getFileName().toString()))
                    .containsAll(COMMANDS.stream().map(c -> "headroom-" + c + ".1.gz").toList());
        }
    }

    private static ExternalProcess.Run run(List<String> cmd) throws Exception {
        return run(cmd, Map.of());
    }

    /** A command that must succeed quietly on stderr. */
    private static ExternalProcess.Run run(List<String> cmd, Map<String, String> env) throws Exception {
        return run(cmd, env, false);
    }

    /** A command that must succeed, and be quiet on stderr unless {@code talks}. */
    private static ExternalProcess.Run run(List<String> cmd, Map<String, String> env, boolean talks) throws Exception {
        ExternalProcess.Run r = exec(cmd, env, null);
        assertThat(r.rc()).as(String.join(" ", cmd) + "\n" + r.stderr()).isZero();
        if (!talks) {
            assertThat(r.stderr()).as(String.join(" ", cmd)).isEmpty();
        }
        return r;
    }

    private static ExternalProcess.Run exec(List<String> cmd, Map<String, String> env, Path cwd)
            throws IOException, InterruptedException {
        return ExternalProcess.run(cmd, cwd, env, 120);
    }
}
