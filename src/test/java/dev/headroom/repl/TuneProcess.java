package dev.headroom.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs {@code headroom tune} in a JVM of its own, on this test's class path. */
final class TuneProcess {

    private TuneProcess() {
    }

    static List<String> command(String example, String... more) {
        Path ex = Path.of("examples", example).toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.headroom.cli.Main", "tune",
                "--root", ex.resolve("root").toString()));
        if (ex.resolve("host.ini").toFile().exists()) {
            cmd.add("--facts");
            cmd.add(ex.resolve("host.ini").toString());
        }
        cmd.addAll(List.of(more));
        return cmd;
    }
}
