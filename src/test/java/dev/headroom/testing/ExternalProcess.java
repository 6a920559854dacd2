package dev.headroom.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real program for a differential test: English messages, no colours, no pager, no
 * ellipsis in tables (what systemd's tools print otherwise depends on the terminal), no
 * standard input, output captured whole, a time limit.
 */
public final class ExternalProcess {

    /** What a run left behind. */
    public record Run(int rc, String stdout, String stderr) {
    }

    private ExternalProcess() {
    }

    public static Run run(List<String> cmd, Path cwd, int timeoutSeconds) throws IOException, InterruptedException {
        return run(cmd, cwd, Map.of(), timeoutSeconds);
    }

    /**
     * The same with these variables added to the environment; HEADROOM_JAR and
     * HEADROOM_JAVA_OPTS of whoever runs the tests are never passed on.
     */
    public static Run run(List<String> cmd, Path cwd, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        pb.environment().remove("HEADROOM_JAR");
        pb.environment().remove("HEADROOM_JAVA_OPTS");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("SYSTEMD_COLORS", "0");
        pb.environment().put("SYSTEMD_PAGER", "");
        pb.environment().put("COLUMNS", "10000");
        pb.environment().putAll(env);
        File out = File.createTempFile("hr-run", ".out");
        File err = File.createTempFile("hr-run", ".err");
        try {
            pb.redirectOutput(out).redirectError(err);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    /** The executable of that name on PATH (or /usr/bin, /bin), or null. */
    public static Path onPath(String name) {
        String path = System.getenv("PATH");
        for (String d : (path == null ? "/usr/bin:/bin" : path + ":/usr/bin:/bin").split(":")) {
            Path p = d.isEmpty() ? null : Path.of(d, name);
            if (p != null && Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    public static boolean isRoot() throws IOException, InterruptedException {
        return run(List.of("id", "-u"), null, 10).stdout().trim().equals("0");
    }
}
