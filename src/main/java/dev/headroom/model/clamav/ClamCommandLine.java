package dev.headroom.model.clamav;

import java.util.List;

/**
 * What a clamd or freshclam command line (a unit's ExecStart=, split into words as systemd does)
 * says about the daemon: the configuration file given with {@code -c FILE}, {@code -cFILE},
 * {@code --config-file=FILE} or {@code --config-file FILE} (clamd.c and freshclam.c read their
 * options with ClamAV's getopt table), and whether freshclam runs as a daemon ({@code -d},
 * {@code --daemon}) rather than once.
 */
public record ClamCommandLine(String configFile, boolean daemon) {

    public static ClamCommandLine parse(List<String> argv) {
        String config = null;
        boolean daemon = false;
        for (int i = 1; i < argv.size(); i++) {
            String w = argv.get(i);
            if (w.equals("-c") || w.equals("--config-file")) {
                if (i + 1 < argv.size()) {
                    config = argv.get(++i);
                }
            } else if (w.startsWith("--config-file=")) {
                config = w.substring("--config-file=".length());
            } else if (w.startsWith("-c") && !w.startsWith("--")) {
                config = w.substring(2);
            } else if (w.equals("-d") || w.equals("--daemon")) {
                daemon = true;
            }
        }
        return new ClamCommandLine(config, daemon);
    }
}
