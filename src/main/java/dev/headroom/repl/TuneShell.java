package dev.headroom.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import picocli.CommandLine;
import picocli.shell.jline3.PicocliCommands;

import dev.headroom.plan.whatif.Session;
import dev.headroom.report.Style;

/**
 * The {@code headroom tune} loop. On a terminal: a JLine line reader with completion and a
 * history file, Ctrl-C cancelling the line and Ctrl-D leaving. Otherwise (input piped in, or
 * output not a terminal): lines read plainly, no prompt, no colour, no escape code, so that a
 * script gives the same answers as a person and can be tested. Either way each line is split
 * by the same parser and run by the same picocli commands.
 */
public final class TuneShell {

    private static final String PROMPT = "tune> ";

    private final ShellContext cx;
    private final CommandLine commands;
    private final DefaultParser parser = new DefaultParser();

    public TuneShell(Session session, Path root, PrintWriter out, PrintWriter err, Style style) {
        this.cx = new ShellContext(session, root, out, err, style);
        this.commands = new CommandLine(new ShellCommands(cx));
        commands.setOut(out);
        commands.setErr(err);
        commands.setCaseInsensitiveEnumValuesAllowed(true);
        commands.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("headroom: " + ex.getMessage() + " (help "
                    + ex.getCommandLine().getCommandName() + " shows its usage)");
            cx.failures++;
            return 2;
        });
        commands.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("headroom: internal error: " + ex + " (the session goes on; please report it)");
            cx.failures++;
            return 4;
        });
    }

    /**
     * Answers one what-if off the record ({@link Session#rehearse}) and throws the answer away,
     * so that the first answer a person or a script waits for is as quick as the others.
     */
    public void warm() {
        Session.Outcome o = cx.session.rehearse();
        if (o != null) {
            dev.headroom.report.TuneAnswer.of(o, cx.session.targets().find(o.step().target()), Style.plain());
        }
    }

    /** Runs one line; blank lines and {@code #} comments do nothing. */
    public void line(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
            return;
        }
        List<String> words;
        try {
            words = parser.parse(l, l.length()).words();
        } catch (RuntimeException e) {
            cx.err.println("headroom: cannot read the line: " + e.getMessage());
            cx.failures++;
            return;
        }
        words = words.stream().filter(w -> !w.isEmpty()).toList();
        if (commands.getSubcommands().get(words.get(0)) == null) {
            cx.err.println("headroom: no command '" + words.get(0) + "' (help lists them)");
            cx.failures++;
            return;
        }
        commands.execute(words.toArray(String[]::new));
        cx.out.flush();
        cx.err.flush();
    }

    /** Lines from a pipe or a file until its end or exit: no prompt, no escape codes. @return lines that failed */
    public int script(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String l = r.readLine(); l != null && !cx.exit; l = r.readLine()) {
            line(l);
        }
        return cx.failures;
    }

    /** A person at a terminal: completion, history, the prompt. */
    public void interactive(Terminal terminal, Path history) {
        PicocliCommands picocli = new PicocliCommands(commands);
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("headroom")
                .completer(new TuneCompleter(picocli.compileCompleters(), cx.session)).parser(parser)
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true).build();
        cx.out.println(greeting());
        while (!cx.exit) {
            String l;
            try {
                l = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C: the line is dropped, the session goes on
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            line(l);
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            cx.err.println("headroom: history not saved: " + e.getMessage());
        }
    }

    /** The first lines a person sees: the budget now in a line, and how to go on. */
    String greeting() {
        var now = cx.session.now();
        return "headroom tune: " + cx.session.targets().all().size() + " services, "
                + dev.headroom.report.TuneAnswer.budget(null, now.budget(), cx.style) + "\n"
                + "set SERVICE SETTING VALUE tries a value; budget, lint, diff, save, help; Ctrl-D leaves.";
    }

    /** {@code ~/.local/state/headroom/history} ($XDG_STATE_HOME when set), its directory made. */
    public static Path historyFile() {
        String state = System.getenv("XDG_STATE_HOME");
        Path dir = state != null && !state.isEmpty() ? Path.of(state, "headroom")
                : Path.of(System.getProperty("user.home"), ".local", "state", "headroom");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            // history is a comfort: without the directory, JLine keeps it in memory
        }
        return dir.resolve("history");
    }

    /** The system terminal; a dumb one when TERM says so. */
    public static Terminal terminal() throws IOException {
        return TerminalBuilder.builder().system(true).build();
    }
}
