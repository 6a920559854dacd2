package dev.headroom.model.phpfpm;

import dev.headroom.model.Severity;
import dev.headroom.source.Origin;

/**
 * Something php-fpm would say about its configuration, or that keeps headroom from reading
 * part of it. php-fpm stops at the first error; headroom goes on and reports them all.
 */
public record PhpFpmProblem(Kind kind, Origin origin, String message) {

    /** What happened, with the severity it has (DESIGN.md §2: error = php-fpm refuses to start). */
    public enum Kind {
        /** A file that cannot be read at all (missing, unreadable, a directory, too large). */
        FILE_UNREADABLE(Severity.ERROR),
        /** Mostly NUL and control bytes: not a configuration file. */
        FILE_BINARY(Severity.ERROR),
        /** The INI parser refuses the line ({@code PHP: syntax error}, or "value is NULL"). */
        SYNTAX(Severity.ERROR),
        /** A {@code #} line: a comment before PHP 7.0, an entry (and so an error) since. */
        HASH_COMMENT(Severity.ERROR),
        /** "unknown entry" / "unknown directive" / "Array are not allowed in the global section". */
        UNKNOWN_ENTRY(Severity.ERROR),
        /** "unable to parse value for entry": not a number, a time, a boolean, a process manager. */
        INVALID_VALUE(Severity.ERROR),
        /** {@code $pool} in the global section. */
        POOL_OUTSIDE_POOL(Severity.ERROR),
        /** A value php-fpm computes ({@code ${ENV}}, a constant, an expression) that headroom takes as written. */
        VALUE_NOT_EVALUATED(Severity.INFO),
        /** "Nothing matches the include pattern" (a WARNING of php-fpm, which goes on). */
        INCLUDE_NO_MATCH(Severity.WARNING),
        /** "failed to include more than 5 files recursively", or an included file that cannot be opened. */
        INCLUDE_FAILED(Severity.ERROR),
        /** No {@code [pool]} section at all. */
        NO_POOL(Severity.ERROR),
        /** A pool check of {@code fpm_conf_process_all_pools()} that fails (an ALERT: php-fpm exits). */
        POOL_INVALID(Severity.ERROR),
        /** {@code pm.start_servers} not set on a dynamic pool: php-fpm sets it and says so (NOTICE). */
        START_SERVERS_DEFAULTED(Severity.INFO),
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
