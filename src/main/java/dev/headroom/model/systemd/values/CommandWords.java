package dev.headroom.model.systemd.values;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a command line as systemd splits {@code ExecStart=}: at its WHITESPACE, quotes
 * grouping and removed, a backslash taking the next character ({@code extract_first_word()} with
 * {@code EXTRACT_UNQUOTE}). A line systemd would reject for its syntax (an unclosed quote) gives
 * the words before the fault.
 */
public final class CommandWords {

    private CommandWords() {
    }

    public static List<String> of(String commandLine) {
        List<String> out = new ArrayList<>();
        WordExtractor words = WordExtractor.unquotingWords(commandLine);
        try {
            for (String w = words.next(); w != null; w = words.next()) {
                out.add(w);
            }
        } catch (ParseFailure e) {
            // The words read so far are all that can be said.
        }
        return out;
    }
}
