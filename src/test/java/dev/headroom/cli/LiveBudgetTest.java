package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.ExternalProcess;

/**
 * Acceptance 4 of the budget: {@code headroom budget} with no --root reads this machine's /proc
 * and prints a sane budget; run as an ordinary user it says what it could not read, and fails
 * nowhere for want of root.
 */
class LiveBudgetTest {

    @Test
    void theLiveHostGivesASaneBudget() {
        assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "a Linux /proc");
        CliRun r = CliRun.of("budget", "-f", "json");
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        long ram = o.get("ram").getAsLong();
        assertThat(ram).isPositive();
        assertThat(o.get("ramSource").getAsString()).startsWith("/");
        assertThat(o.get("reserve").getAsLong()).isBetween(64L << 20, ram / 2);
        for (var s : o.getAsJsonArray("services")) {
            JsonObject svc = s.getAsJsonObject();
            assertThat(svc.get("steady").getAsLong()).as("%s", svc).isNotNegative().isLessThanOrEqualTo(ram);
        }
    }

    @Test
    void asAnOrdinaryUserItSaysWhatItCouldNotRead(@TempDir Path tmp) throws Exception {
        assumeTrue(ExternalProcess.isRoot() && ExternalProcess.onPath("runuser") != null,
                "needs root, to run the check as nobody");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExternalProcess.Run r = ExternalProcess.run(List.of("runuser", "-u", "nobody", "--", java, "-cp",
                readableClassPath(tmp), "dev.headroom.cli.Main", "budget"), Path.of("/"), 60);
        assertThat(r.stderr()).doesNotContain("Exception", "at dev.headroom");
        assertThat(r.rc()).as(r.stderr()).isIn(0, 1);
        assertThat(r.stdout()).contains("Memory budget: ");
        // this test's own JVM runs as root, outside any service: nobody cannot read it
        assertThat(r.stdout()).containsPattern("could not read \\d+ (more )?process");
    }

    /** The test's class path copied where nobody can read it (~/.m2 of root is not). */
    private static String readableClassPath(Path tmp) throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = tmp.resolve(i++ + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                try (Stream<Path> walk = Files.walk(from)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        Path t = to.resolve(from.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(t);
                        } else {
                            Files.copy(p, t);
                        }
                    }
                }
            } else {
                Files.copy(from, to);
            }
            out.add(to.toString());
        }
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : "rw-r--r--"));
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }
}
