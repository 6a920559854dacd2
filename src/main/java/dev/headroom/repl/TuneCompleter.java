package dev.headroom.repl;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.completer.FileNameCompleter;
import org.jline.reader.impl.completer.SystemCompleter;

import dev.headroom.plan.whatif.Session;
import dev.headroom.plan.whatif.Settings;
import dev.headroom.plan.whatif.Step;
import dev.headroom.plan.whatif.Target;

/**
 * Tab completion: command names and options from the picocli command tree (picocli-shell-jline3),
 * and the words picocli cannot know, from the session: services, each service's settings, a
 * setting's values when they are a closed list ({@code OOMPolicy} → continue, stop, kill), the
 * what-ifs {@code unset} can take back, file names for {@code save}.
 */
final class TuneCompleter implements Completer {

    private final SystemCompleter commands;
    private final Session session;
    private final Completer files = new FileNameCompleter();

    TuneCompleter(SystemCompleter commands, Session session) {
        this.commands = commands;
        this.commands.compile();
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int i = line.wordIndex();
        if (i == 0 || line.word().startsWith("-")) {
            commands.complete(reader, line, candidates);
            return;
        }
        String command = words.get(0);
        switch (command) {
            case "set", "show" -> {
                if (i == 1) {
                    session.targets().all().forEach(t -> candidates.add(new Candidate(t.name(), t.name(), null,
                            t.describe(), null, null, true)));
                } else if (command.equals("set")) {
                    Target t = session.targets().find(words.get(1));
                    if (t != null && i == 2) {
                        Settings.names(t, session.sizeNames()).forEach(s -> candidates.add(new Candidate(s)));
                    } else if (t != null && i == 3) {
                        Settings.values(t, words.get(2)).forEach(v -> candidates.add(new Candidate(v)));
                    }
                }
            }
            case "unset" -> {
                for (Step s : session.now().steps()) {
                    if (i == 1) {
                        candidates.add(new Candidate(s.target()));
                    } else if (i == 2 && s.target().equals(words.get(1))) {
                        candidates.add(new Candidate(s.setting()));
                    }
                }
            }
            case "save" -> files.complete(reader, line, candidates);
            case "help" -> {
                if (i == 1) {
                    commands.complete(reader, line, candidates);
                }
            }
            default -> {
                // the other commands take no words
            }
        }
    }
}
