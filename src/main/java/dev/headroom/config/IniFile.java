package dev.headroom.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ini4j.Config;
import org.ini4j.Ini;
import org.ini4j.InvalidFileFormatException;
import org.ini4j.Profile;

/**
 * The one door to ini4j, for headroom's own INI files (facts files, .headroom.ini): sections of
 * {@code key = value}, {@code ;} and {@code #} comments, no escapes, no variable expansion (ini4j's
 * {@code fetch()}, which expands {@code ${...}} and has an open denial-of-service CVE, is never
 * called), a repeated key keeping its last value. Where a value sits is found again in the text,
 * since ini4j keeps no positions.
 */
public final class IniFile {

    private static final Pattern PARSE_ERROR = Pattern.compile("\\(at line: (\\d+)\\)");

    private final String display;
    private final String text;
    private final Map<String, Map<String, String>> sections;

    private IniFile(String display, String text, Map<String, Map<String, String>> sections) {
        this.display = display;
        this.text = text;
        this.sections = sections;
    }

    /** An INI file that cannot be read as one, with where. */
    public static final class IniException extends Exception {
        public IniException(String message) {
            super(message, null, false, false);
        }
    }

    public static IniFile parse(String display, String text) throws IniException {
        Config config = new Config();
        config.setEscape(false);
        config.setMultiOption(true);
        config.setMultiSection(false);
        config.setEmptyOption(true);
        config.setGlobalSection(false);
        config.setTree(false);
        Ini ini = new Ini();
        ini.setConfig(config);
        try {
            ini.load(new StringReader(text));
        } catch (InvalidFileFormatException e) {
            Matcher m = PARSE_ERROR.matcher(String.valueOf(e.getMessage()));
            String line = m.find() ? m.group(1) : "1";
            throw new IniException(display + ":" + line + ":1: error: not an INI line (expected [section] or key = value)");
        } catch (IOException | RuntimeException e) {
            throw new IniException(display + ":1:1: error: cannot read as an INI file: " + e.getMessage());
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String name : ini.keySet()) {
            Profile.Section section = ini.get(name);
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : section.keySet()) {
                List<String> all = section.getAll(key);
                values.put(key, all == null || all.isEmpty() ? "" : strip(all.get(all.size() - 1)));
            }
            out.put(name, Collections.unmodifiableMap(values));
        }
        return new IniFile(display, text, Collections.unmodifiableMap(out));
    }

    private static String strip(String v) {
        return v == null ? "" : v.strip();
    }

    public String display() {
        return display;
    }

    /** Section name to its keys and values, in file order; empty when the section is absent. */
    public Map<String, String> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }

    public Iterable<String> sectionNames() {
        return sections.keySet();
    }

    /** {@code file:line:col} of a key in a section, for messages (the section header when not found). */
    public String where(String section, String key) {
        String[] lines = text.split("\n", -1);
        String current = null;
        int sectionLine = 1;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("[") && l.endsWith("]")) {
                current = l.substring(1, l.length() - 1).strip();
                if (current.equals(section)) {
                    sectionLine = i + 1;
                }
                continue;
            }
            if (section.equals(current) && key != null) {
                int eq = l.indexOf('=') >= 0 ? l.indexOf('=') : l.indexOf(':');
                if (eq > 0 && l.substring(0, eq).strip().equals(key)) {
                    return display + ":" + (i + 1) + ":" + (lines[i].indexOf(l) + 1);
                }
            }
        }
        return display + ":" + sectionLine + ":1";
    }
}
