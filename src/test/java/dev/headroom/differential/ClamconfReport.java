package dev.headroom.differential;

import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamOption;
import dev.headroom.model.clamav.ClamType;
import dev.headroom.model.clamav.ClamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * clamconf's report, both ways: the per-file sections read from what {@code clamconf -c DIR}
 * prints, and the section headroom expects from a {@link ClamConfig} read the way clamconf reads
 * (clamconf.c {@code printopts()}, ClamAV 1.4 L71–119).
 */
final class ClamconfReport {

    /** A file's section: null lines when clamconf said "NAME not found". */
    record Section(String file, List<String> lines) {
    }

    private ClamconfReport() {
    }

    /** The sections of clamconf's standard output, by file name, in order. */
    static Map<String, Section> sections(String stdout) {
        Map<String, Section> out = new LinkedHashMap<>();
        String[] lines = stdout.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("Config file: ")) {
                String file = l.substring("Config file: ".length());
                List<String> body = new ArrayList<>();
                int j = i + 2; // the header is underlined with dashes
                while (j < lines.length && !lines[j].isEmpty()) {
                    body.add(lines[j++]);
                }
                out.put(file, new Section(file, body));
                i = j;
            } else if (l.endsWith(".conf not found")) {
                String file = l.substring(0, l.length() - " not found".length());
                out.put(file, new Section(file, null));
            } else if (l.equals("Software settings")) {
                break;
            }
        }
        return out;
    }

    /** What clamconf prints for the file: nothing at all when it refuses it. */
    static List<String> expected(ClamConfig config) {
        List<String> out = new ArrayList<>();
        if (config.refused()) {
            return out;
        }
        for (ClamValue v : config.values()) {
            ClamOption o = v.option();
            if (o.commandLineOnly()) {
                continue;
            }
            if (o.deprecated()) {
                if (v.set()) {
                    out.add("*** " + o.name() + " is DEPRECATED ***");
                }
                continue;
            }
            if (!v.enabled()) {
                out.add(o.name() + " disabled");
            } else if (o.type() == ClamType.STRING) {
                out.add(o.name() + " = " + v.strings().stream().map(s -> "\"" + s + "\"")
                        .collect(Collectors.joining(", ")));
            } else if (o.type() == ClamType.BOOL) {
                out.add(o.name() + " = \"yes\"");
            } else {
                out.add(o.name() + " = " + v.numbers().stream().map(n -> "\"" + n + "\"")
                        .collect(Collectors.joining(", ")));
            }
        }
        return out;
    }

    /** The option a report line is about. */
    static String optionOf(String line) {
        if (line.startsWith("*** ")) {
            return line.substring(4, line.indexOf(' ', 4));
        }
        int eq = line.indexOf(" = \"");
        int dis = line.endsWith(" disabled") ? line.length() - " disabled".length() : -1;
        if (eq >= 0 && (dis < 0 || eq < dis)) {
            return line.substring(0, eq);
        }
        return dis >= 0 ? line.substring(0, dis) : line;
    }
}
