package dev.headroom.model.openbsd;

/**
 * A piece of kernel virtual memory one knob reserves: the bytes, and the arithmetic that gives
 * them, e.g. "mb_map 16 MiB = NMBCLUSTERS 8192 × MCLBYTES 2048".
 *
 * @param what  the kernel map or cache
 * @param bytes the reservation in bytes, or null when a knob it depends on is unknown
 * @param basis the arithmetic, or why it cannot be done
 */
public record Reservation(String what, Long bytes, String basis) {
}
