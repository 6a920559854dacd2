package dev.headroom.model.clamav;

import dev.headroom.lang.clamav.ClamEntry;
import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.lang.clamav.ClamSyntax;
import dev.headroom.source.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The effective configuration of one ClamAV file for one tool, computed as {@code optparse()}
 * computes it (ClamAV {@code common/optparser.c}, rel/1.4 at
 * e8b337754d18b6bc46d565e7b6d82843debb4793, L1118–1316; the installed 1.4.6 agrees, checked by
 * {@code ClamconfDifferentialTest}):
 * <ul>
 *   <li>the name is looked up among the tool's entries, file names and long command-line names
 *       alike, case-sensitively; an unknown name is fatal;</li>
 *   <li>a deprecated option is ignored with a warning by the daemons, whatever its argument (and
 *       recorded as set, unchecked, by clamconf);</li>
 *   <li>the argument must match the option's regular expression, case-insensitively, or the
 *       file is refused;</li>
 *   <li>it is converted: booleans to 1/0, numbers with atoi(), sizes with strtoll(…, 0) and
 *       K/M/G, 0 meaning LLONG_MAX and an overflow warned about and reset to LLONG_MAX;</li>
 *   <li>the first occurrence of a single-valued option wins; a multiple one collects every
 *       occurrence in order. Later occurrences are still checked, so a bad one is still fatal.</li>
 * </ul>
 * The first error ends the reading: the daemon prints its message and "Can't open/parse the
 * config file", and exits 1; clamconf prints the message and shows the file's section empty
 * (exit status 0). {@link #values()} are those read before the error; {@link #unread()} the
 * lines after it.
 */
public final class ClamConfig {

    /** Who reads the file: they differ only on deprecated options. */
    public enum Reader {
        /** clamd, freshclam, clamav-milter: "Ignoring deprecated option NAME at FILE:LINE". */
        DAEMON,
        /**
         * clamconf, which reads with the tool's mask plus OPT_DEPRECATED: a deprecated option is
         * set (to "foo", 1) without a check or a word, and printed as {@code *** NAME is DEPRECATED ***}.
         */
        CLAMCONF
    }

    private final String file;
    private final ClamTool tool;
    private final Reader reader;
    private final ClamSyntax syntax;
    private final List<ClamValue> values;
    private final List<ClamProblem> problems;
    private final List<ClamEntry> unread;

    private ClamConfig(String file, ClamTool tool, Reader reader, ClamSyntax syntax, List<ClamValue> values,
            List<ClamProblem> problems, List<ClamEntry> unread) {
        this.file = file;
        this.tool = tool;
        this.reader = reader;
        this.syntax = syntax;
        this.values = values;
        this.problems = problems;
        this.unread = unread;
    }

    /** The file as the tool itself reads it. */
    public static ClamConfig read(String displayName, String text, ClamTool tool) {
        return read(displayName, ClamSyntax.parse(text), tool, Reader.DAEMON);
    }

    public static ClamConfig read(String displayName, String text, ClamTool tool, Reader reader) {
        return read(displayName, ClamSyntax.parse(text), tool, reader);
    }

    public static ClamConfig read(String displayName, ClamSyntax syntax, ClamTool tool, Reader reader) {
        return new Evaluation(displayName, syntax, tool, reader).run();
    }

    /** optparse()'s state for one option: a {@code struct optstruct} and its {@code nextarg} chain. */
    private static final class Node {
        final ClamOption option;
        String string;
        long number;
        boolean enabled;
        boolean active;
        final List<ClamValue.Setting> settings = new ArrayList<>();
        final List<ClamValue.Ignored> ignored = new ArrayList<>();

        Node(ClamOption option) {
            this.option = option;
            this.string = option.defaultString();
            this.number = option.defaultNumber();
            this.enabled = option.enabledByDefault();
        }

        /** optaddarg(). */
        void add(String argument, String str, long num, Origin origin) {
            if (!option.multiple() && active) {
                ignored.add(new ClamValue.Ignored(argument, origin, settings.get(0).origin()));
                return;
            }
            if (!active) {
                if (str != null) {
                    string = str;
                }
                number = num;
            }
            settings.add(new ClamValue.Setting(argument, str, num, origin));
            active = true;
            enabled = string != null || (number != 0 && number != -1);
        }

        ClamValue value() {
            return new ClamValue(option, active, enabled, string, number, settings, ignored);
        }
    }

    private static final class Evaluation {
        private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

        private final String file;
        private final ClamSyntax syntax;
        private final ClamTool tool;
        private final Reader reader;
        private final ClamOptions catalogue = ClamOptions.catalogue();
        private final Map<Integer, Node> nodes = new HashMap<>();
        private final List<ClamProblem> problems = new ArrayList<>();
        private final List<ClamEntry> unread = new ArrayList<>();
        /** optparse's {@code regflags}: REG_ICASE, once set, stays for the rest of the file. */
        private boolean icase;

        Evaluation(String file, ClamSyntax syntax, ClamTool tool, Reader reader) {
            this.file = file;
            this.syntax = syntax;
            this.tool = tool;
            this.reader = reader;
        }

        ClamConfig run() {
            List<Object> events = new ArrayList<>(syntax.entries());
            for (ClamProblem p : syntax.problems()) {
                if (p.severity() == ClamProblem.Severity.ERROR) {
                    events.add(p);
                }
            }
            events.sort(Comparator.comparingInt(Evaluation::readerLine));
            boolean stopped = false;
            for (Object ev : events) {
                if (stopped) {
                    if (ev instanceof ClamEntry) {
                        unread.add((ClamEntry) ev);
                    }
                    continue;
                }
                if (ev instanceof ClamProblem) {
                    problems.add((ClamProblem) ev);
                    stopped = true;
                } else {
                    stopped = !apply((ClamEntry) ev);
                }
            }
            List<ClamValue> values = new ArrayList<>();
            for (ClamOption o : catalogue.of(tool)) {
                Node n = nodes.get(o.index());
                values.add(n != null ? n.value() : new Node(o).value());
            }
            return new ClamConfig(file, tool, reader, syntax, List.copyOf(values), List.copyOf(problems),
                    List.copyOf(unread));
        }

        private static int readerLine(Object ev) {
            return ev instanceof ClamEntry ? ((ClamEntry) ev).readerLine() : ((ClamProblem) ev).readerLine();
        }

        /** One line of optparse()'s loop; false when the file is refused there. */
        private boolean apply(ClamEntry e) {
            Optional<ClamOption> found = catalogue.find(tool, e.name());
            if (found.isEmpty()) {
                return error(ClamProblem.Kind.UNKNOWN_OPTION, e, e.column(), e.name());
            }
            ClamOption o = found.get();
            Node node = nodes.computeIfAbsent(o.index(), i -> new Node(o));
            Origin origin = Origin.of(file, e.line(), e.column());
            if (o.deprecated()) {
                if (reader == Reader.CLAMCONF) {
                    node.add(e.argument(), "foo", 1, origin);
                } else {
                    // optparse prints opt->name, which glibc prints as "(null)" for a command-line entry.
                    problems.add(new ClamProblem(ClamProblem.Kind.DEPRECATED_IGNORED, e.line(), e.column(),
                            e.readerLine(), o.name() != null ? o.name() : "(null)"));
                }
                return true;
            }
            String arg = e.argument();
            if (o.regex() != null) {
                if (!o.caseSensitive()) {
                    icase = true;
                }
                if (!pattern(o.regex(), icase).matcher(arg).find()) {
                    return error(ClamProblem.Kind.INCORRECT_FORMAT, e, e.argumentColumn(), e.name());
                }
            }
            switch (o.type()) {
                case STRING:
                    node.add(arg, arg, -1, origin);
                    return true;
                case NUMBER:
                    node.add(arg, null, ClamNumbers.atoi(arg), origin);
                    return true;
                case BOOL:
                    boolean on = arg.equalsIgnoreCase("yes") || arg.equals("1") || arg.equalsIgnoreCase("true");
                    node.add(arg, null, on ? 1 : 0, origin);
                    return true;
                default:
                    return size(e, node, origin);
            }
        }

        /** SIZE and SIZE64: L1222–1283. Both are capped at LLONG_MAX on a 64-bit build. */
        private boolean size(ClamEntry e, Node node, Origin origin) {
            long limit = ClamProblem.SIZE_LIMIT;
            String arg = e.argument();
            ClamNumbers.Parsed p = ClamNumbers.strtoll(arg, 0);
            long n = p.value();
            boolean range = p.outOfRange();
            if (!range) {
                char unit = p.end() < arg.length() ? arg.charAt(p.end()) : '\0';
                long factor;
                switch (unit) {
                    case 'G':
                    case 'g':
                        factor = 1024L * 1024 * 1024;
                        break;
                    case 'M':
                    case 'm':
                        factor = 1024L * 1024;
                        break;
                    case 'K':
                    case 'k':
                        factor = 1024L;
                        break;
                    case '\0':
                        factor = 1;
                        break;
                    default:
                        return error(ClamProblem.Kind.UNPARSABLE_NUMBER, e, e.argumentColumn(), e.name());
                }
                if (n <= limit / factor) {
                    n *= factor;
                } else {
                    range = true;
                }
            }
            if (range) {
                problems.add(new ClamProblem(ClamProblem.Kind.VALUE_TOO_HIGH, e.line(), e.argumentColumn(),
                        e.readerLine(), e.name()));
                n = limit;
            }
            node.add(arg, null, n != 0 ? n : limit, origin);
            return true;
        }

        private boolean error(ClamProblem.Kind kind, ClamEntry e, int column, String option) {
            problems.add(new ClamProblem(kind, e.line(), column, e.readerLine(), option));
            return false;
        }

        /**
         * ClamAV's regexes are POSIX extended ones made of anchors, groups, alternation and
         * classes, which Java reads alike; UNIX_LINES keeps {@code $} from matching before a CR
         * (POSIX {@code $} without REG_NEWLINE matches only at the very end).
         */
        private static Pattern pattern(String regex, boolean icase) {
            return PATTERNS.computeIfAbsent((icase ? "i" : "c") + regex, k -> Pattern.compile(regex,
                    Pattern.UNIX_LINES | (icase ? Pattern.CASE_INSENSITIVE : 0)));
        }
    }

    /** The name the file is shown under (the origin of every value). */
    public String file() {
        return file;
    }

    public ClamTool tool() {
        return tool;
    }

    public Reader reader() {
        return reader;
    }

    public ClamSyntax syntax() {
        return syntax;
    }

    /**
     * Every entry the tool registers, in table order (clamconf's order), with its effective value.
     * Command-line-only entries are included (a file may set them by their long name; clamconf
     * does not print them).
     */
    public List<ClamValue> values() {
        return values;
    }

    /** The value of the option with this file name (or long name, for a command-line entry). */
    public Optional<ClamValue> value(String name) {
        for (ClamValue v : values) {
            if (name.equals(v.option().displayName())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** What ClamAV prints while reading the file, in order: warnings, and at most one error, last. */
    public List<ClamProblem> problems() {
        return problems;
    }

    /** The error that made ClamAV refuse the file, if any. */
    public Optional<ClamProblem> fatal() {
        return problems.stream().filter(p -> p.severity() == ClamProblem.Severity.ERROR).findFirst();
    }

    /** Whether ClamAV refuses the file (the daemon does not start; clamconf shows nothing for it). */
    public boolean refused() {
        return fatal().isPresent();
    }

    /** The option lines after the fatal one, which ClamAV never reads. */
    public List<ClamEntry> unread() {
        return unread;
    }

    /** Where an option is set (its first setting), or the file as a whole when the default is in force. */
    public Origin originOf(String option) {
        Origin o = value(option).map(ClamValue::origin).orElse(null);
        return o != null ? o : Origin.file(file);
    }

    /** A remedy setting an option: on the line of its first occurrence, or added when the file does not set it. */
    public dev.headroom.model.Remedy remedy(String option, String value) {
        return new dev.headroom.model.Remedy(dev.headroom.model.Remedy.Kind.CLAMAV_OPTION, file, option, value,
                originOf(option).line());
    }

    /** Where a problem of this file is. */
    public Origin origin(ClamProblem p) {
        return Origin.of(file, p.line(), p.column());
    }

    /** The lines ClamAV writes to standard error when given the file as {@code path}. */
    public List<String> printed(String path) {
        List<String> out = new ArrayList<>();
        for (ClamProblem p : problems) {
            out.add(p.printed(path));
        }
        return out;
    }
}
