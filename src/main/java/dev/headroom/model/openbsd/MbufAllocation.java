package dev.headroom.model.openbsd;

/**
 * One {@code N mbufs allocated to TYPE} line of {@code netstat -m}: netstat prints one for each
 * mbuf type with mbufs in use ({@code data}, {@code packet headers}, {@code socket names and
 * addresses}, ..., or {@code <mbuf type N>} for a type it has no name for).
 *
 * @param type  the type as netstat names it
 * @param count mbufs of that type in use (each MSIZE, 256 bytes on i386)
 * @param line  1-based line in the output
 */
public record MbufAllocation(String type, long count, int line) {
}
