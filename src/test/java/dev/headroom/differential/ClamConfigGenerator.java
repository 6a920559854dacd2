package dev.headroom.differential;

import dev.headroom.model.clamav.ClamOption;
import dev.headroom.model.clamav.ClamOptions;
import dev.headroom.model.clamav.ClamTool;
import dev.headroom.model.clamav.ClamType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random ClamAV configuration files from a seed, aimed at the edges of optparse(): valid and
 * invalid arguments of every type, repeats, multiple options, quotes, CRLF, blanks, short and
 * long lines, NUL bytes, wrong case, long command-line names, deprecated, unknown and
 * {@code Example} lines. Text is one char per byte and valid UTF-8 wherever ClamAV may echo it
 * (the oracle's output is read as UTF-8): non-ASCII only in short lines.
 */
final class ClamConfigGenerator {

    private static final String[] BOOLS_OK = {"yes", "no", "true", "false", "1", "0", "YES", "No", "TRUE", "False",
        "yEs", "nO"};
    private static final String[] BOOLS_BAD = {"on", "off", "y", "2", "yes please", "enable", "-1", "yes\r",
        "tru", "01"};
    private static final String[] NUMBERS_OK = {"0", "1", "5", "05", "10", "12", "100", "600", "3600", "65535",
        "2147483647", "2147483648", "4294967295", "4294967296", "99999999999", "9223372036854775807",
        "9223372036854775808", "99999999999999999999", "00", "007"};
    private static final String[] NUMBERS_BAD = {"-5", "abc", "5 6", "5 # comment", "0x10", "5k", "+5", "5.0",
        "5\r", " 5x"};
    private static final String[] SIZES_OK = {"0", "1", "10", "10K", "10k", "10M", "10m", "1G", "1g", "25M", "0K",
        "010", "010M", "0777", "00", "100M", "400M", "4G", "9007199254740991K", "9007199254740992K", "8796093022207M", "8796093022208m",
        "8589934591G", "8589934592G", "9223372036854775807", "9223372036854775808", "99999999999999999999999",
        "99999999999999999999999M", "2147483648", "4294967296"};
    private static final String[] SIZES_BAD = {"10MB", "10 M", "0x10", "-1", "1.5M", "M", "10T", "08", "09K",
        "0778", "0800M", "10M\r"};
    private static final String[] STRINGS = {"/var/lib/clamav", "/run/clamav/clamd.ctl", "clamav", "LOG_MAIL",
        "/tmp/a b", "a#b", "#not a comment", "x", "\"quoted\" inside", "tab\there", "caf\u00c3\u00a9",
        "\u00e2\u0082\u00ac", "C:\\clam", "with  two  spaces", "127.0.0.1", "::1", "db.local.clamav.net",
        "https://database.clamav.net", "%v", "$CLAM_VIRUSEVENT_FILENAME", "'single'", "a\"b", "\r"};
    private static final String[] UNKNOWN = {"FooBar", "maxthreads", "MAXTHREADS", "Max-Threads", "LocalSocket:",
        "Scan_PE", "clamd", "include", "UpdateLogFile2", "\u00c3\u00a9t\u00c3\u00a9", "MaxThreads\r", "DatabaseMirrors"};

    private final Random rnd;
    private final List<ClamOption> options;
    private final List<ClamOption> deprecated = new ArrayList<>();
    private final List<ClamOption> alive = new ArrayList<>();

    ClamConfigGenerator(long seed, ClamTool tool) {
        this.rnd = new Random(seed);
        this.options = ClamOptions.catalogue().of(tool);
        for (ClamOption o : options) {
            (o.deprecated() ? deprecated : alive).add(o);
        }
    }

    /** One file: mostly good lines, a few bad ones. */
    String file(double badRate) {
        StringBuilder b = new StringBuilder();
        boolean crlf = rnd.nextInt(12) == 0;
        int n = 3 + rnd.nextInt(45);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String line = line(written, badRate);
            b.append(line);
            if (i < n - 1 || rnd.nextInt(5) > 0) {
                b.append(crlf ? "\r\n" : "\n");
            }
        }
        return b.toString();
    }

    private String line(List<String> written, double badRate) {
        double r = rnd.nextDouble();
        if (r < badRate) {
            return badLine();
        }
        if (r < 0.12) {
            return filler();
        }
        if (r < 0.20 && !written.isEmpty()) {
            String name = written.get(rnd.nextInt(written.size()));
            for (ClamOption o : alive) {
                if (o.answersTo(name)) {
                    return decorate(o, name, value(o, false));
                }
            }
        }
        if (r < 0.22 && !deprecated.isEmpty()) {
            ClamOption o = deprecated.get(rnd.nextInt(deprecated.size()));
            String name = o.name() != null ? o.name() : o.longName();
            return decorate(o, name, rnd.nextBoolean() ? value(o, false) : pick(BOOLS_BAD));
        }
        if (r < 0.225) {
            return longLine();
        }
        ClamOption o = alive.get(rnd.nextInt(alive.size()));
        String name = o.name() == null || (o.longName() != null && rnd.nextInt(8) == 0) ? o.longName() : o.name();
        written.add(name);
        return decorate(o, name, value(o, false));
    }

    private String badLine() {
        switch (rnd.nextInt(9)) {
            case 0:
                return pick("Example", "  Example", "ExampleX", "Example yes", "\tExample\t");
            case 1:
                return pick(UNKNOWN) + " " + pick("1", "yes", "/x");
            case 2: {
                ClamOption o = alive.get(rnd.nextInt(alive.size()));
                return pick(o.displayName(), o.displayName() + " ", o.displayName() + "\t \t",
                        o.displayName() + "=5", "example", "Example");
            }
            case 3: {
                ClamOption o = alive.get(rnd.nextInt(alive.size()));
                return o.displayName() + " " + pick("\"", "\"abc", "\"\"", "\"\" ", "\"\"x", " \"  ");
            }
            case 4: {
                ClamOption o = alive.get(rnd.nextInt(alive.size()));
                return o.displayName() + " " + value(o, true);
            }
            case 5:
                return pick("x\0y", "ab", "a\r", "ab\r", "\tab");
            default: {
                ClamOption o = alive.get(rnd.nextInt(alive.size()));
                return decorate(o, o.displayName(), value(o, true));
            }
        }
    }

    /** Lines optparse() skips, or that look like they should be. */
    private String filler() {
        return pick("", "# comment", "#MaxThreads 20", "   # indented comment", "\t", "  ", "X", " a", "\r",
                "\t\tb", "#", "## Example", "# Example", "\t\t#x", " \t ");
    }

    /** A line over 1023 bytes: ClamAV reads the rest as a line of its own. */
    private String longLine() {
        ClamOption o = alive.get(rnd.nextInt(alive.size()));
        switch (rnd.nextInt(5)) {
            case 0:
                return o.displayName() + " " + "/" + "a".repeat(1020 + rnd.nextInt(1100));
            case 1:
                // the name's blank falls at the cut: the piece before it has no argument
                return " ".repeat(1023 - o.displayName().length()) + o.displayName() + " " + value(o, false);
            case 2:
                // the second piece is a line of its own, and it is a valid option line
                return "#" + "c".repeat(1022) + o.displayName() + " " + value(o, false);
            case 3:
                return " ".repeat(1021 + rnd.nextInt(4)) + "ab";
            default:
                return o.displayName() + " \"" + "q".repeat(1000 + rnd.nextInt(60)) + "\"";
        }
    }

    private String decorate(ClamOption o, String name, String value) {
        String lead = rnd.nextInt(6) == 0 ? pick(" ", "\t", "  \t ") : "";
        String sep = rnd.nextInt(4) == 0 ? pick("\t", "  ", " \t ", "\t\t") : " ";
        String trail = rnd.nextInt(8) == 0 ? pick(" ", "\t", " \t ") : "";
        String v = value;
        if (rnd.nextInt(7) == 0 && !v.isEmpty()) {
            // optparse keeps what lies between the first and the last quote, blanks and all
            v = o.type() != ClamType.STRING ? "\"" + v + "\""
                    : pick("\"" + v + "\"", "\"" + v + "\" trailing", "\"" + v + "\"\"", "\" " + v + " \"");
        }
        if (rnd.nextInt(200) == 0) {
            v = v + "\0ignored";
        }
        return lead + name + sep + v + trail;
    }

    private String value(ClamOption o, boolean bad) {
        switch (o.type()) {
            case BOOL:
                return bad ? pick(BOOLS_BAD) : pick(BOOLS_OK);
            case NUMBER:
                return bad ? pick(NUMBERS_BAD) : pick(NUMBERS_OK);
            case SIZE:
            case SIZE64:
                return bad ? pick(SIZES_BAD) : pick(SIZES_OK);
            default:
                return string(o, bad);
        }
    }

    private String string(ClamOption o, boolean bad) {
        if (o.regex() != null && o.regex().startsWith("^(")) {
            String[] alts = o.regex().substring(2, o.regex().length() - 2).split("\\|");
            if (bad) {
                return pick(alts) + pick("x", " ", "s") + (rnd.nextBoolean() ? "" : "y");
            }
            String a = pick(alts);
            return rnd.nextInt(3) == 0 ? flipCase(a) : a;
        }
        if (o.type() == ClamType.STRING && rnd.nextInt(4) == 0) {
            return "/tmp/headroom-clam-" + rnd.nextInt(1000);
        }
        return pick(STRINGS);
    }

    private String flipCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(rnd.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return b.toString();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[rnd.nextInt(choices.length)];
    }

    /** Text typed as Java strings (UTF-8 sequences spelled as Latin-1 chars) is already one char per byte. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
