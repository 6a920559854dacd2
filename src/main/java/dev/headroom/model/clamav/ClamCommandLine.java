package dev.headroom.model.clamav;

import java.util.ArrayList;
import java.util.List;

/**
 * What a clamd or freshclam command line (a unit's ExecStart=) says about the configuration:
 * the file given with {@code -c FILE}, {@code -cFILE}, {@code --config-file=FILE} or
 * {@code --config-file FILE} (clamd.c and freshclam.c read their options with ClamAV's getopt
 * table), and whether {@code --foreground}/{@code -F} keeps it in the foreground. Words are split
 * at blanks, with double or single quotes removed, which covers what units write.
 */
public record ClamCommandLine(String configFile, Boolean foreground) {

    public static ClamCommandLine parse(String execStart) {
        if (execStart == null) {
            return new ClamCommandLine(null, null);
        }
        List<String> words = words(execStart);
        String config = null;
        Boolean foreground = null;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("-c") || w.equals("--config-file")) {
                if (i + 1 < words.size()) {
                    config = words.get(++i);
                }
            } else if (w.startsWith("--config-file=")) {
                config = w.substring("--config-file=".length());
            } else if (w.startsWith("-c") && !w.startsWith("--")) {
                config = w.substring(2);
            } else if (w.equals("-F") || w.equals("--foreground") || w.equals("--foreground=true")
                    || w.equals("--foreground=yes")) {
                foreground = true;
            } else if (w.equals("--foreground=false") || w.equals("--foreground=no")) {
                foreground = false;
            }
        }
        return new ClamCommandLine(config, foreground);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                in = true;
            } else if (c == ' ' || c == '\t') {
                if (in) {
                    out.add(w.toString());
                    w.setLength(0);
                    in = false;
                }
            } else {
                w.append(c);
                in = true;
            }
        }
        if (in) {
            out.add(w.toString());
        }
        return out;
    }
}
