package dev.headroom.lang.clamav;

/**
 * Something ClamAV says about a configuration file while reading it, or (severity
 * {@link Severity#NOTE}) something it does silently that a reader of the file would not expect.
 * ERROR and WARNING messages are ClamAV's own, word for word ({@code common/optparser.c}
 * {@code optparse()}), without the {@code ERROR: }/{@code WARNING: } prefix; ClamAV prints the
 * configuration file's path where {@link #message(String)} puts {@code file}.
 *
 * @param kind       what happened
 * @param line       1-based physical line of the file (lines end at {@code \n})
 * @param column     1-based byte column on that line
 * @param readerLine the line number ClamAV counts and prints: one per {@code fgets()} read, so a
 *                   physical line longer than 1023 bytes counts more than once
 * @param option     the option name the message names: as written in the file, except for
 *                   {@link Kind#DEPRECATED_IGNORED}, where ClamAV prints the option table's name
 *                   ({@code "(null)"} for an entry that has only a command-line name); null when
 *                   the message names none
 */
public record ClamProblem(Kind kind, int line, int column, int readerLine, String option) {

    /** LLONG_MAX, where optparse() resets a size that overflows (64-bit builds). */
    public static final long SIZE_LIMIT = Long.MAX_VALUE;

    public enum Severity {
        /** ClamAV prints {@code ERROR:} and the whole file is refused: the daemon does not start. */
        ERROR,
        /** ClamAV prints {@code WARNING:} and goes on reading. */
        WARNING,
        /** ClamAV says nothing; headroom's own observation. */
        NOTE
    }

    public enum Kind {
        /** A line starting {@code Example} (case-sensitive, after leading blanks). */
        EXAMPLE_LINE(Severity.ERROR),
        /** No space or tab after the name, or nothing after the blanks. */
        MISSING_ARGUMENT(Severity.ERROR),
        /** An argument starting {@code "} with no other {@code "} on the line. */
        MISSING_CLOSING_QUOTE(Severity.ERROR),
        /** An argument written {@code ""}. */
        EMPTY_ARGUMENT(Severity.ERROR),
        /** A name the tool does not know (names are case-sensitive). */
        UNKNOWN_OPTION(Severity.ERROR),
        /** An argument the option's regular expression rejects (bool, number, size, enumerations). */
        INCORRECT_FORMAT(Severity.ERROR),
        /** A size with a leading 0 and an 8 or 9 in it: strtoll() reads it as octal and stops early. */
        UNPARSABLE_NUMBER(Severity.ERROR),
        /** A size beyond LLONG_MAX, before or after its K/M/G multiplier: reset to LLONG_MAX. */
        VALUE_TOO_HIGH(Severity.WARNING),
        /** A deprecated option in a daemon's file: ignored, whatever its argument (clamconf is silent). */
        DEPRECATED_IGNORED(Severity.WARNING),
        /** A line longer than 1023 bytes: fgets() hands ClamAV the rest as a line of its own. */
        LINE_SPLIT(Severity.NOTE),
        /** A NUL byte: the C string functions stop there, the rest of the line is not read. */
        NUL_BYTE(Severity.NOTE);

        private final Severity severity;

        Kind(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public Severity severity() {
        return kind.severity();
    }

    /** The message as ClamAV words it, for the file ClamAV was given as {@code file}. */
    public String message(String file) {
        switch (kind) {
            case EXAMPLE_LINE:
                return "Please edit the example config file " + file;
            case MISSING_ARGUMENT:
                return "Missing argument for option at " + file + ":" + readerLine;
            case MISSING_CLOSING_QUOTE:
                return "Missing closing parenthesis in option " + option + " at " + file + ":" + readerLine;
            case EMPTY_ARGUMENT:
                return "Empty argument for option " + option + " at " + file + ":" + readerLine;
            case UNKNOWN_OPTION:
                return "Parse error at " + file + ":" + readerLine + ": Unknown option " + option;
            case INCORRECT_FORMAT:
                return "Incorrect argument format for option " + option;
            case UNPARSABLE_NUMBER:
                return "Can't parse numerical argument for option " + option;
            case VALUE_TOO_HIGH:
                return "Numerical value for option " + option + " too high, resetting to " + SIZE_LIMIT;
            case DEPRECATED_IGNORED:
                return "Ignoring deprecated option " + option + " at " + file + ":" + readerLine;
            case LINE_SPLIT:
                return "line longer than 1023 bytes: ClamAV reads the bytes after the first 1023 as a line of"
                        + " their own (line " + readerLine + " in its messages)";
            case NUL_BYTE:
                return "NUL byte: ClamAV reads this line only up to it";
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /**
     * The line ClamAV writes to standard error ({@code ERROR: …} or {@code WARNING: …}); null for
     * a note, which ClamAV does not print.
     */
    public String printed(String file) {
        switch (severity()) {
            case ERROR:
                return "ERROR: " + message(file);
            case WARNING:
                return "WARNING: " + message(file);
            default:
                return null;
        }
    }
}
