package dev.headroom.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * Issue 8's acceptance, with a person's keys: {@code headroom tune} in a real terminal (tmux),
 * driven by {@code send-keys} and read by {@code capture-pane}. Tab completes a setting's name,
 * what-ifs go on until the budget fits, the plan is saved, and {@code apply --plan} of it shows
 * the diff the session showed; the same lines piped in give the same answers, without escape codes.
 */
class TuneTmuxTest {

    private static final String SESSION = "headroom-tune-test-" + ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    @AfterEach
    void kill() throws Exception {
        if (ExternalProcess.onPath("tmux") != null) {
            tmux("kill-session", "-t", SESSION);
        }
    }

    @Test
    void aSessionCompletesTriesSavesAndApplyShowsTheSameDiff() throws Exception {
        Oracles.require(ExternalProcess.onPath("tmux") != null, "tmux");
        Path plan = tmp.resolve("plan.json");
        Path state = tmp.resolve("state");
        List<String> cmd = new ArrayList<>(List.of("env", "XDG_STATE_HOME=" + state, "TERM=xterm-256color"));
        cmd.addAll(TuneProcess.command("tarragon"));
        String shell = String.join(" ", cmd.stream().map(TuneTmuxTest::quote).toList());
        tmux("new-session", "-d", "-s", SESSION, "-x", "250", "-y", "60", shell + "; echo TUNE-ENDED; sleep 60");
        waitFor(s -> s.contains("tune>"), "the prompt");
        assertThat(screen()).contains("headroom tune:").contains("no scenario fits");

        // Tab completes the setting's name
        tmux("send-keys", "-t", SESSION, "set httpd MaxReq", "Tab");
        waitFor(s -> s.contains("tune> set httpd MaxRequestWorkers"), "the completed setting");
        tmux("send-keys", "-t", SESSION, "60", "Enter");
        waitFor(s -> s.contains("httpd MaxRequestWorkers 80 → 60;"), "the first answer");
        assertThat(lastAnswer()).doesNotContain("all 4 scenarios fit");

        // Ctrl-C drops a half-typed line, and the session goes on
        tmux("send-keys", "-t", SESSION, "set host ram 64");
        waitFor(s -> s.contains("tune> set host ram 64"), "the half-typed line");
        long prompts = prompts(screen());
        tmux("send-keys", "-t", SESSION, "C-c");
        waitFor(s -> prompts(s) > prompts, "a fresh prompt");
        tmux("send-keys", "-t", SESSION, "set clamd Concurrent", "Tab");
        waitFor(s -> s.contains("set clamd ConcurrentDatabaseReload"), "the completed option");
        tmux("send-keys", "-t", SESSION, "no", "Enter");
        waitFor(s -> s.contains("clamd ConcurrentDatabaseReload yes → no;"), "the second answer");
        tmux("send-keys", "-t", SESSION, "set httpd MaxRequestWorkers 30", "Enter");
        waitFor(s -> s.contains("httpd MaxRequestWorkers 60 → 30;"), "the third answer");
        assertThat(lastAnswer()).contains("all 4 scenarios fit");
        assertThat(screen()).doesNotContain("host ram 64;");
        assertThat(tmux("capture-pane", "-e", "-p", "-t", SESSION)).contains("\u001b[");

        tmux("send-keys", "-t", SESSION, "diff", "Enter");
        waitFor(s -> s.contains("+    MaxRequestWorkers        30"), "the diff");
        tmux("send-keys", "-t", SESSION, "save " + plan, "Enter");
        waitFor(s -> s.contains("wrote " + plan), "the saved plan");
        String screen = screen();
        tmux("send-keys", "-t", SESSION, "C-d");
        waitFor(s -> s.contains("TUNE-ENDED"), "the end of the session");

        String diff = between(screen, "tune> diff\n", "tune> save");
        CliRun dry = CliRun.of("apply", "--root", "examples/tarragon/root", "--plan", plan.toString(), "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(trimmed(dry.out())).endsWith(diff);
        assertThat(diff).contains("--- a/etc/clamd.d/scan.conf").contains("+ConcurrentDatabaseReload no");
        assertThat(Files.readString(state.resolve("headroom/history"))).contains("set httpd MaxRequestWorkers 30");

        // the same lines piped in: the same answers, without escape codes
        TuneScriptTest.Run piped = TuneScriptTest.pipe("tarragon", """
                set httpd MaxRequestWorkers 60
                set clamd ConcurrentDatabaseReload no
                set httpd MaxRequestWorkers 30
                diff
                """, tmp);
        List<String> answers = screen.lines().filter(l -> l.matches("^(httpd|clamd) .* → .*")).toList();
        assertThat(answers).hasSize(3);
        assertThat(piped.out()).doesNotContain("\u001b");
        assertThat(trimmed(piped.out())).startsWith(String.join("\n", answers) + "\n" + diff);
    }

    private static long prompts(String screen) {
        return screen.lines().filter(l -> l.startsWith("tune>")).count();
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        int j = s.indexOf(to, i);
        return s.substring(i + from.length(), j);
    }

    private String lastAnswer() throws Exception {
        List<String> lines = screen().lines().filter(l -> l.contains(" → ")).toList();
        return lines.get(lines.size() - 1);
    }

    /** The pane and its history, wrapped lines joined, trailing blanks dropped. */
    private String screen() throws Exception {
        String s = tmux("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION);
        return trimmed(s).replaceAll("\\n+$", "\n");
    }

    /** A terminal keeps no trailing blanks: compare texts without them. */
    private static String trimmed(String s) {
        return s.replaceAll("(?m)[ \\t]+$", "");
    }

    private void waitFor(Predicate<String> p, String what) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        String s = "";
        while (System.nanoTime() < end) {
            s = screen();
            if (p.test(s)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 30 s for " + what + "; the screen:\n" + s);
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux"));
        cmd.addAll(List.of(args));
        return ExternalProcess.run(cmd, Path.of("."), 30).stdout();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
