package dev.headroom.overlay.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a checker program with a timeout and returns its output lines (stdout and stderr). */
final class Programs {

    private static final List<String> PATH = List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin",
            "/usr/local/bin");

    private Programs() {
    }

    /** The program's path, or null when it is not installed. */
    static Path find(String name) {
        for (String dir : PATH) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Output lines with {@code root} removed from paths; a failure to run is one line saying so. */
    static List<String> run(List<String> command, Path root) {
        try {
            Path out = Files.createTempFile("headroom-check", ".out");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(out.toFile()).directory(Path.of("/").toFile());
                pb.environment().put("LANG", "C");
                pb.environment().put("LC_ALL", "C");
                Process p = pb.start();
                p.getOutputStream().close();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return List.of(command.get(0) + " did not finish within 60 s");
                }
                String text = Files.readString(out, StandardCharsets.ISO_8859_1);
                String prefix = root.toString();
                List<String> lines = new ArrayList<>();
                for (String l : text.split("\n")) {
                    if (!l.isBlank()) {
                        lines.add(prefix.equals("/") ? l : l.replace(prefix, ""));
                    }
                }
                return lines;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return List.of("could not run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted");
        }
    }
}
