package dev.headroom.model;

/**
 * The room kept free for the kernel, the page cache and what is not modelled: a size, or a
 * percentage of RAM with a floor (DESIGN.md §3: 10 %, at least 64 MiB).
 *
 * @param bytes   a fixed size, or -1
 * @param percent a percentage of RAM (when bytes is -1)
 * @param floor   the least it may be, as a percentage
 */
public record Reserve(long bytes, double percent, long floor) {

    public static final Reserve DEFAULT = new Reserve(-1, 10, 64L << 20);

    /** {@code 512M}, {@code 1.5G}, {@code 10%}; null when it is neither. */
    public static Reserve parse(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            try {
                double p = Double.parseDouble(t.substring(0, t.length() - 1));
                return p >= 0 && p < 100 ? new Reserve(-1, p, 0) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Long b = Sizes.parse(t);
        return b == null ? null : new Reserve(b, 0, 0);
    }

    public long of(long ram) {
        return bytes >= 0 ? bytes : Math.max(Math.round(ram * percent / 100), floor);
    }
}
