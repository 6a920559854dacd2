package dev.headroom.source;

import java.util.List;

/**
 * Where a value or a problem comes from: a file (relative to the root being checked), a
 * 1-based line and column, and the chain of includes or drop-ins that brought the file in
 * (outermost first), so "why is this file read at all" is always answerable.
 */
public record Origin(String file, int line, int column, List<String> via) {

    public Origin {
        via = List.copyOf(via);
    }

    public static Origin of(String file, int line, int column) {
        return new Origin(file, line, column, List.of());
    }

    /** A file as a whole, before any line was read (unreadable, too large, binary). */
    public static Origin file(String file) {
        return new Origin(file, 0, 0, List.of());
    }

    // equals and hashCode written out: a record's generated ones are bootstrapped through
    // invokedynamic on first use, which costs a short-lived process more than it saves.
    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && line == other.line && column == other.column
                && java.util.Objects.equals(file, other.file)
                && via.equals(other.via);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(file) * 31 + line) * 31 + column;
    }

    /** {@code file:line:col}, the form editors and CI annotations understand. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
