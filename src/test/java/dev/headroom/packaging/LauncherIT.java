package dev.headroom.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * bin/headroom's class-data-sharing archive, in a scratch cache: the first real run writes the
 * list of classes, the second makes the archive from it and uses it, and no run's output
 * depends on which of the three happened.
 */
class LauncherIT {

    static Path project;
    static Path launcher;

    @BeforeAll
    static void built() {
        project = Oracles.project().toAbsolutePath();
        launcher = project.resolve("bin/headroom");
        Oracles.require(Files.isRegularFile(project.resolve("target/headroom.jar")), "target/headroom.jar (mvn package)");
    }

    private static final List<String> LINT = List.of("lint", "--root", "examples/tarragon/root", "--facts",
            "examples/tarragon/host.ini", "--fail-on", "none");

    @Test
    void theSecondRunMakesTheArchiveAndEveryRunPrintsTheSame(@TempDir Path scratch) throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", scratch.toString(), "HOME", scratch.toString());
        Path cache = scratch.resolve("headroom");

        ExternalProcess.Run first = headroom(env, LINT);
        assertThat(first.rc()).as(first.stderr()).isZero();
        assertThat(first.stderr()).isEmpty();
        assertThat(first.stdout()).isEqualTo(expectedLint());
        List<Path> lists = files(cache, ".tmp");
        assertThat(lists).as("the class list the first run wrote").hasSize(1);
        assertThat(Files.readString(lists.get(0))).contains("picocli/CommandLine").contains("dev/headroom/cli/Main");

        ExternalProcess.Run second = headroom(env, LINT);
        assertThat(second.stdout()).isEqualTo(first.stdout());
        assertThat(second.stderr()).isEmpty();
        assertThat(files(cache, ".tmp")).isEmpty();
        assertThat(files(cache, ".failed")).isEmpty();
        List<Path> archives = files(cache, ".jsa");
        assertThat(archives).hasSize(1);
        assertThat(files(cache, ".lst")).hasSize(1);

        // The archive maps (-Xshare:on fails otherwise) and holds picocli, which a JDK 17
        // dynamic archive could not.
        ExternalProcess.Run mapped = ExternalProcess.run(List.of("java", "-Xshare:on",
                "-XX:SharedArchiveFile=" + archives.get(0), "-Xlog:class+load=info", "-Xlog:cds=off", "-cp",
                project.resolve("target/headroom.jar").toString(), "picocli.CommandLine"), project, 60);
        assertThat(mapped.stdout()).contains("picocli.CommandLine source: shared objects file");

        ExternalProcess.Run third = headroom(env, LINT);
        assertThat(third.stdout()).isEqualTo(first.stdout());
        assertThat(third.stderr()).isEmpty();
        assertThat(files(cache, ".jsa")).isEqualTo(archives);
    }

    @Test
    void runsThatReadNoServerWriteNothing(@TempDir Path scratch) throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", scratch.toString(), "HOME", scratch.toString());
        assertThat(headroom(env, List.of("--version")).stdout()).startsWith("headroom ");
        assertThat(headroom(env, List.of("lint", "--help")).rc()).isZero();
        assertThat(headroom(env, List.of("rules")).stdout()).contains("HT320");
        assertThat(headroom(env, List.of("--debug", "explain", "HT320")).rc()).isZero();
        assertThat(files(scratch.resolve("headroom"), "")).isEmpty();
    }

    @Test
    void anArchiveThatCannotBeMadeIsNotTriedAgain(@TempDir Path scratch) throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", scratch.toString(), "HOME", scratch.toString());
        Path cache = scratch.resolve("headroom");
        headroom(env, LINT);
        headroom(env, LINT);
        Path archive = files(cache, ".jsa").get(0);
        Path list = files(cache, ".lst").get(0);
        // A list the JVM cannot parse makes -Xshare:dump fail ("class list format error").
        Files.delete(archive);
        Files.writeString(list, "this is not a class list\n");
        ExternalProcess.Run r = headroom(env, LINT);
        assertThat(r.stdout()).isEqualTo(expectedLint());
        assertThat(r.stderr()).isEmpty();
        assertThat(files(cache, ".jsa")).isEmpty();
        assertThat(files(cache, ".failed")).hasSize(1);
        // and the next run neither tries again nor fails
        ExternalProcess.Run again = headroom(env, LINT);
        assertThat(again.stdout()).isEqualTo(expectedLint());
        assertThat(again.stderr()).isEmpty();
        assertThat(files(cache, ".jsa")).isEmpty();
        assertThat(files(cache, ".tmp")).isEmpty();
    }

    @Test
    void noCdsMeansNoCache(@TempDir Path scratch) throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", scratch.toString(), "HOME", scratch.toString(),
                "HEADROOM_NO_CDS", "1");
        headroom(env, LINT);
        headroom(env, LINT);
        assertThat(files(scratch.resolve("headroom"), "")).isEmpty();
    }

    private static String expectedLint() throws IOException {
        String golden = Files.readString(project.resolve("examples/tarragon/expected-lint.txt"));
        return golden.substring(0, golden.lastIndexOf("exit "));
    }

    private static ExternalProcess.Run headroom(Map<String, String> env, List<String> args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(args);
        return ExternalProcess.run(cmd, project, env, 120);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
