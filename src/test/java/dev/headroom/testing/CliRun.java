package dev.headroom.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.headroom.cli.Main;

/** One run of the whole command line, in-process: exit code, stdout and stderr. */
public record CliRun(int exit, String out, String err) {

    /**
     * A run with an empty environment: no HEADROOM_* variable and no user configuration of
     * whoever runs the tests can change its result.
     */
    public static CliRun of(String... args) {
        return withEnv(java.util.Map.of(), args);
    }

    /** A run that sees this environment (HEADROOM_*, XDG_CONFIG_HOME, HOME) instead of the real one. */
    public static CliRun withEnv(java.util.Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
