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
import org.ini4j.spi.IniHandler;
import org.ini4j.spi.IniParser;

/**
 * The one door to ini4j, for headroom's own INI files (facts files, .headroom.ini): sections of
 * {@code key = value}, {@code ;} and {@code #} comments, no escapes, no variable expansion (ini4j's
 * {@code fetch()}, which expands {@code ${...}} and has an open denial-of-service CVE, is never
 * called), a repeated key keeping its last value. Where a value sits is found again in the text,
 * since ini4j keeps no positions.
 *
 * <p>{@link #line} serves the daemons' INI dialects (php-fpm pools, MySQL option files): their
 * readers cut a file into lines and deal with what is theirs alone (comments after a value,
 * quotes, {@code !include}), then let ini4j tell a section header from an option, one line at
 * a time, so that every line keeps its number and one bad line stays one problem.
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

    /**
     * One line as ini4j reads it on its own.
     *
     * @param kind  what the line is
     * @param name  the section name, or the option name (trimmed); null for an empty or comment line
     * @param value the text after the first {@code =} (trimmed); null when there is none or for a section
     */
    public record Line(Kind kind, String name, String value) {

        /** What a line is. */
        public enum Kind {
            /** Nothing but blanks. */
            EMPTY,
            /** The first character after blanks is {@code ;} or {@code #}. */
            COMMENT,
            /** {@code [name]}. */
            SECTION,
            /** {@code name = value}, or a lone {@code name} (value null). */
            OPTION
        }
    }

    /*
     * ini4j splits an option at ':' as well as '=' (and not at one after a backslash), ends a
     * line at a lone CR, joins a line ending in a backslash to the next and trims every control
     * character. None of the daemons' dialects does any of that, so those characters pass
     * through ini4j as private-use stand-ins (U+E000 + the character): file text holds one char
     * per byte, so no stand-in can occur in it.
     */
    private static final char GUARD = '\uE000';
    private static final IniParser LINE_PARSER = lineParser();

    private static IniParser lineParser() {
        Config config = new Config();
        config.setEscape(false);
        config.setEscapeNewline(false);
        config.setInclude(false);
        config.setEmptyOption(true);
        config.setGlobalSection(true);
        config.setMultiOption(true);
        config.setLowerCaseOption(false);
        config.setLowerCaseSection(false);
        return IniParser.newInstance(config);
    }

    /**
     * Reads one line (without its line break; text one char per byte) as ini4j does, with the
     * options split at the first {@code =} only: spaces and tabs around names and values are
     * trimmed, a {@code [name]} line is a section, a line starting with {@code ;} or {@code #} a
     * comment. A colon, a backslash and every control character but the tab (CR and LF included)
     * are ordinary characters, kept where they are.
     *
     * @throws IniException for a line ini4j refuses: {@code [} without a closing {@code ]} at
     *                      the end, {@code []}, or an option with an empty name ({@code = x})
     */
    public static Line line(String text) throws IniException {
        StringBuilder guarded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            guarded.append(c == ':' || c == '\\' || (c < ' ' && c != '\t') ? (char) (GUARD + c) : c);
        }
        LineHandler h = new LineHandler();
        try {
            LINE_PARSER.parse(new StringReader(guarded.toString()), h);
        } catch (InvalidFileFormatException e) {
            throw new IniException("not an INI line (expected [section] or key = value)");
        } catch (IOException | RuntimeException e) {
            throw new IniException("cannot read as an INI line: " + e.getMessage());
        }
        if (h.option != null) {
            return new Line(Line.Kind.OPTION, unguard(h.option), h.value == null ? null : unguard(h.value));
        }
        if (h.section != null) {
            return new Line(Line.Kind.SECTION, unguard(h.section), null);
        }
        return new Line(h.comment ? Line.Kind.COMMENT : Line.Kind.EMPTY, null, null);
    }

    private static String unguard(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= GUARD && c <= GUARD + '\\' ? (char) (c - GUARD) : c);
        }
        return b.toString();
    }

    /** Collects the one event a single line gives (ini4j opens a global section before a lone option). */
    private static final class LineHandler implements IniHandler {
        String section;
        String option;
        String value;
        boolean comment;

        @Override
        public void startIni() {
        }

        @Override
        public void endIni() {
        }

        @Override
        public void startSection(String name) {
            section = name;
        }

        @Override
        public void endSection() {
        }

        @Override
        public void handleComment(String text) {
            comment = true;
        }

        @Override
        public void handleOption(String name, String v) {
            if (option == null) {
                option = name;
                value = v;
            }
        }
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
