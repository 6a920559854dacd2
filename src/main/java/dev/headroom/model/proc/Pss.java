package dev.headroom.model.proc;

/** The {@code Pss:} lines of smaps or smaps_rollup (proc(5)), which the kernel writes in kB. */
final class Pss {

    private static final byte[] KEY = {'P', 's', 's', ':'};

    private Pss() {
    }

    /**
     * The Pss lines added up, in KiB; null when there is none that reads as a number of kB.
     * Only {@code Pss:}: Pss_Anon, Pss_File, Pss_Dirty and SwapPss split the same pages.
     */
    static Long sumKib(byte[] smaps) {
        long sum = 0;
        boolean any = false;
        int at = 0;
        while (at < smaps.length) {
            int end = at;
            while (end < smaps.length && smaps[end] != '\n') {
                end++;
            }
            if (startsWithKey(smaps, at, end)) {
                long kib = kib(smaps, at + KEY.length, end);
                if (kib >= 0) {
                    sum += kib;
                    any = true;
                }
            }
            at = end + 1;
        }
        return any ? sum : null;
    }

    private static boolean startsWithKey(byte[] b, int at, int end) {
        if (end - at < KEY.length) {
            return false;
        }
        for (int i = 0; i < KEY.length; i++) {
            if (b[at + i] != KEY[i]) {
                return false;
            }
        }
        return true;
    }

    /** "      521 kB" → 521; -1 for anything else. */
    private static long kib(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        int digits = from;
        while (digits < to && b[digits] >= '0' && b[digits] <= '9') {
            digits++;
        }
        int unit = digits;
        while (unit < to && b[unit] == ' ') {
            unit++;
        }
        boolean kB = to - unit == 2 && b[unit] == 'k' && b[unit + 1] == 'B';
        if (digits == from || digits == unit || !kB) {
            return -1;
        }
        return ProcStat.number(b, from, digits);
    }
}
