package dev.headroom.model.mysql;

import dev.headroom.model.Severity;
import dev.headroom.source.Origin;

/**
 * Something the server would say about its option files, or that keeps headroom from reading
 * part of them. The server's option reader stops at the first fatal error ("Fatal error in
 * defaults handling. Program aborted"); headroom goes on and reports them all.
 */
public record MysqlProblem(Kind kind, Origin origin, String message) {

    /** What happened, with its severity (DESIGN.md §2: error = the server does not start). */
    public enum Kind {
        /** A file in the search path or named by {@code !include} cannot be read (too large, not a file). */
        FILE_UNREADABLE(Severity.ERROR),
        /** Mostly NUL and control bytes: not an option file. */
        FILE_BINARY(Severity.ERROR),
        /** "Warning: World-writable config file '%s' is ignored". */
        WORLD_WRITABLE(Severity.WARNING),
        /** "error: Found option without preceding group in config file". */
        OPTION_WITHOUT_GROUP(Severity.ERROR),
        /** "error: Wrong group definition in config file": {@code [} with no {@code ]}. */
        BAD_GROUP(Severity.ERROR),
        /** "error: Wrong '!include' directive in config file": nothing after it. */
        BAD_DIRECTIVE(Severity.ERROR),
        /** A line starting with {@code !} that is neither directive: silently skipped. */
        UNKNOWN_DIRECTIVE(Severity.WARNING),
        /** {@code !include} of a file that does not exist: silently skipped by the server. */
        INCLUDE_MISSING(Severity.WARNING),
        /** {@code !includedir} of a directory that cannot be read: "Can't read dir of", fatal. */
        INCLUDEDIR_UNREADABLE(Severity.ERROR),
        /** A directive's last character lost because the file does not end in a newline. */
        DIRECTIVE_TRUNCATED(Severity.WARNING),
        /** "Warning: skipping '!include' directive as maximum include recursion level was reached". */
        INCLUDE_TOO_DEEP(Severity.WARNING),
        /** A line longer than the reader's 4094-byte buffer: read as two lines. */
        LINE_SPLIT(Severity.WARNING),
        /** An option with no name ({@code = value}): the server does not know it. */
        NO_NAME(Severity.ERROR),
        /** A memory variable whose value the server refuses ("Unknown suffix", not a number). */
        INVALID_VALUE(Severity.ERROR),
        /** A value the server adjusts ("unsigned value 0 adjusted to 10"). */
        VALUE_ADJUSTED(Severity.WARNING),
        /** "ambiguous option": a prefix of several options. */
        AMBIGUOUS_PREFIX(Severity.ERROR),
        /** "Using unique option prefix 'key_buffer' is error-prone": taken as the full name. */
        OPTION_PREFIX(Severity.INFO),
        /** A memory variable this server version no longer has: refused unless {@code loose-}. */
        REMOVED_VARIABLE(Severity.ERROR),
        /** headroom stopped following includes (too many files): what it read is partial. */
        READ_LIMIT(Severity.WARNING);

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

    /** {@code file:line:col: severity: message}. */
    @Override
    public String toString() {
        return origin + ": " + severity().label() + ": " + message;
    }
}
