package dev.headroom.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as headroom's own command line and files write them (DESIGN.md §2): {@code 512M},
 * {@code 3.75G}, {@code 1536K}, plain bytes; K, M, G and T are powers of 1024, in either case,
 * with an optional {@code B} or {@code iB}.
 */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*([kmgt]?)(?:i?b)?",
            Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /** Bytes, or null when the text is not a size. */
    public static Long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int power = "bkmgt".indexOf(m.group(2).isEmpty() ? "b" : m.group(2).toLowerCase(Locale.ROOT));
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return null;
        }
        return bytes.longValue();
    }

    /** A short human form: 3.75 GiB, 800 MiB, 512 KiB, 100 B. */
    public static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        if (u == 0) {
            return bytes + " B";
        }
        String s = String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s + " " + units[u];
    }
}
