package dev.headroom.model.systemd.values;

/**
 * {@code parse_permyriad()} of {@code src/basic/percent-util.c} (v252): a share in
 * hundredths of a percent. {@code MemoryMax=} and its siblings try it before the byte size.
 *
 * <p>It takes {@code N%} with at most two decimals ({@code 5.5%} = 550, {@code 50.55%} =
 * 5055), {@code N‰} with at most one ({@code 500‰} = 5000), and {@code N‱}, up to 100 %. The
 * integer part is read by {@code safe_atoi()}, i.e. base 0: {@code 010%} is 8 % and
 * {@code 0x10%} 16 %, as {@code systemd --test} confirms. A space before the sign makes it
 * invalid ({@code 80 %}).
 */
final class Permyriad {

    static final int WHOLE = 10_000;

    private Permyriad() {
    }

    static int parse(String p) throws ParseFailure {
        int v = unbounded(p);
        if (v > WHOLE) {
            throw Errno.ERANGE.failure();
        }
        return v;
    }

    private static int unbounded(String p) throws ParseFailure {
        if (p.endsWith("\u2031")) { // ‱
            return whole(p, "\u2031");
        }
        if (p.endsWith("\u2030")) { // ‰
            return withDecimals(p, "\u2030", 1);
        }
        return withDecimals(p, "%", 2);
    }

    /** {@code parse_parts_value_whole()}. */
    private static int whole(String p, String symbol) throws ParseFailure {
        int v = SafeAto.atoi(p.substring(0, p.length() - symbol.length()));
        if (v < 0) {
            throw Errno.ERANGE.failure();
        }
        return v;
    }

    /**
     * {@code parse_parts_value_with_tenths_place()} (places 1) and
     * {@code parse_parts_value_with_hundredths_place()} (places 2, which also takes one).
     */
    private static int withDecimals(String p, String symbol, int places) throws ParseFailure {
        if (!p.endsWith(symbol)) {
            throw Errno.EINVAL.failure();
        }
        int pc = p.length() - symbol.length();
        int dot = p.substring(0, pc).indexOf('.');
        int q = 0;
        String n;
        if (dot >= 0) {
            int decimals = pc - dot - 1;
            if (decimals < 1 || decimals > places) {
                throw Errno.EINVAL.failure();
            }
            for (int i = 0; i < places; i++) {
                int d = 0;
                if (i < decimals) {
                    char c = p.charAt(dot + 1 + i);
                    if (!Whitespace.isAsciiDigit(c)) {
                        throw Errno.EINVAL.failure();
                    }
                    d = c - '0';
                }
                q = q * 10 + d;
            }
            n = p.substring(0, dot);
        } else {
            n = p.substring(0, pc);
        }
        int v = SafeAto.atoi(n);
        if (v < 0) {
            throw Errno.ERANGE.failure();
        }
        int scale = places == 1 ? 10 : 100;
        if (v > (Integer.MAX_VALUE - q) / scale) {
            throw Errno.ERANGE.failure();
        }
        return v * scale + q;
    }
}
