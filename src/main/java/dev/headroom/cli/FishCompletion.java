package dev.headroom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The fish completion, written from picocli's command tree (picocli itself writes only bash):
 * subcommands with their descriptions, each command's options, closed value sets (enums, rule
 * IDs) as candidates, and file names only where a command takes a path. headroom's tree is
 * one level deep, which is all this handles.
 */
final class FishCompletion {

    private FishCompletion() {
    }

    static String script(CommandSpec root) {
        StringBuilder s = new StringBuilder();
        String cmd = root.name();
        s.append("# fish completion for ").append(cmd).append(", generated from its command tree by\n")
                .append("# '").append(cmd).append(" generate-completion --shell fish'. Put it in a directory of\n")
                .append("# $fish_complete_path (Debian: /usr/share/fish/vendor_completions.d).\n\n")
                .append("# No file names unless an option or argument takes a path.\n")
                .append("complete -c ").append(cmd).append(" -f\n\n");

        String atTop = "__fish_use_subcommand";
        for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (!sub.usageMessage().hidden() && e.getKey().equals(sub.name())) {
                s.append(line(cmd, atTop, List.of("-a", e.getKey()), firstSentence(summary(sub))));
            }
        }
        appendArgs(s, cmd, atTop, root);

        for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (sub.usageMessage().hidden() || !e.getKey().equals(sub.name())) {
                continue;
            }
            s.append("\n# ").append(cmd).append(' ').append(sub.name()).append('\n');
            appendArgs(s, cmd, "__fish_seen_subcommand_from " + sub.name(), sub);
        }
        return s.toString();
    }

    private static void appendArgs(StringBuilder s, String cmd, String condition, CommandSpec spec) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String name : o.names()) {
                if (name.startsWith("--")) {
                    words.add("-l");
                    words.add(name.substring(2));
                } else if (name.length() == 2) {
                    words.add("-s");
                    words.add(name.substring(1));
                } else {
                    words.add("-o");
                    words.add(name.substring(1));
                }
            }
            if (o.arity().max() > 0) {
                words.addAll(values(o));
            }
            s.append(line(cmd, condition, words, firstSentence(o.description())));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            // A positional has no option to require: keep the candidates (-a) or the files (-F).
            List<String> words = new ArrayList<>(values(p));
            words.removeAll(List.of("-x", "-r"));
            if (!words.isEmpty()) {
                s.append(line(cmd, condition, words, firstSentence(p.description())));
            }
        }
    }

    /** How fish completes the value: the candidates, a file name, or nothing it can guess. */
    private static List<String> values(ArgSpec a) {
        if (a.completionCandidates() != null) {
            List<String> all = new ArrayList<>();
            a.completionCandidates().forEach(all::add);
            return List.of("-x", "-a", String.join(" ", all));
        }
        Class<?> type = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (Path.class.isAssignableFrom(type) || java.io.File.class.isAssignableFrom(type)) {
            return List.of("-r", "-F");
        }
        return List.of("-x");
    }

    private static String line(String cmd, String condition, List<String> words, String description) {
        StringBuilder l = new StringBuilder("complete -c ").append(cmd).append(" -n ").append(quote(condition));
        for (String w : words) {
            l.append(' ').append(w.startsWith("-") && !w.contains(" ") ? w : quote(w));
        }
        if (!description.isEmpty()) {
            l.append(" -d ").append(quote(description));
        }
        return l.append('\n').toString();
    }

    /** What picocli's command list shows of a subcommand: its header if it has one, else its description. */
    private static String[] summary(CommandSpec sub) {
        String[] header = sub.usageMessage().header();
        return header.length > 0 ? header : sub.usageMessage().description();
    }

    /** The first sentence of a picocli description (variables already rendered). */
    private static String firstSentence(String[] description) {
        if (description.length == 0) {
            return "";
        }
        String d = description[0].strip();
        int depth = 0;
        int colon = -1;
        for (int i = 0; i + 1 < d.length(); i++) {
            char c = d.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && d.charAt(i + 1) == ' ') {
                if (c == '.') {
                    return d.substring(0, i);
                }
                if (c == ':' && colon < 0) {
                    colon = i;
                }
            }
        }
        d = colon >= 0 ? d.substring(0, colon) : d;
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    /** A fish single-quoted word: only the backslash and the quote are special inside. */
    private static String quote(String w) {
        return "'" + w.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
