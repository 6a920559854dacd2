package dev.headroom.model.clamav.db;

import java.util.ArrayList;
import java.util.List;

/**
 * The few C string functions libclamav reads its databases with, so that headroom splits and
 * converts text exactly as they do. Text is a byte string: one char per byte (ISO-8859-1), and a
 * C string ends at its first NUL.
 *
 * <p>Source: ClamAV {@code libclamav/str.c} ({@code cli_strtok}, {@code cli_strtokenize},
 * {@code cli_isnumber}, {@code cli_chomp}) and glibc {@code atoi}/{@code strtol}, at
 * Cisco-Talos/clamav rel/1.4 e8b337754d18 (the 1.4.5 release; 1.4.6 did not touch them).
 */
final class CText {

    private CText() {
    }

    /** The C string that starts the byte string: up to the first NUL. */
    static String cString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /**
     * {@code cli_strtok(line, fieldno, delim)}: the field after {@code fieldno} runs of
     * delimiters. A run of delimiters counts once, so an empty field does not exist and the later
     * fields move left; a missing or empty field is null.
     */
    static String strtok(String line, int fieldno, String delim) {
        int counter = 0;
        int i = 0;
        int n = line.length();
        for (; i < n && counter != fieldno; i++) {
            if (delim.indexOf(line.charAt(i)) >= 0) {
                counter++;
                while (i + 1 < n && delim.indexOf(line.charAt(i + 1)) >= 0) {
                    i++;
                }
            }
        }
        if (i >= n) {
            return null;
        }
        int j = i;
        while (j < n && delim.indexOf(line.charAt(j)) < 0) {
            j++;
        }
        return i == j ? null : line.substring(i, j);
    }

    /**
     * {@code cli_strtokenize(buffer, delim, max, tokens)}: split at every delimiter (empty fields
     * kept), at most {@code max} tokens; what follows the last one is dropped. Loaders ask for one
     * token more than a line may have, so that "too many fields" shows.
     */
    static List<String> tokenize(String line, char delim, int max) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (out.size() < max) {
            int d = line.indexOf(delim, start);
            if (d < 0) {
                out.add(line.substring(start));
                return out;
            }
            out.add(line.substring(start, d));
            start = d + 1;
        }
        return out;
    }

    /**
     * {@code cli_ldbtokenize(buffer, delim, max, tokens, skip)}: {@link #tokenize} for logical
     * signatures, where from token {@code skip} on a {@code /} not preceded by a backslash opens
     * or closes a PCRE, inside which the delimiter does not split.
     */
    static List<String> ldbTokenize(String line, char delim, int max, int skip) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        boolean pcre = false;
        while (out.size() < max) {
            int start = i;
            int found = out.size() + 1;
            while (i < n) {
                char c = line.charAt(i);
                if (!pcre && c == delim) {
                    break;
                } else if (found > skip && i > 0 && line.charAt(i - 1) != '\\' && c == '/') {
                    pcre = !pcre;
                }
                i++;
            }
            out.add(line.substring(start, i));
            if (i >= n) {
                return out;
            }
            i++;
        }
        return out;
    }

    /**
     * glibc {@code atoi}: {@code (int) strtol(s, NULL, 10)}. Leading white space and one sign are
     * allowed, digits are read until the first other char, an overflow saturates at the 64-bit
     * limit, and the cast keeps the low 32 bits (so "99999999999999999999" is -1).
     */
    static int atoi(String s) {
        return (int) strtol(s);
    }

    /** {@code atoi} stored in an {@code unsigned int} field (the version and counts of a CVD header). */
    static long atoiUnsigned(String s) {
        return Integer.toUnsignedLong(atoi(s));
    }

    static long strtol(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            if (!overflow) {
                if (value > (Long.MAX_VALUE - d) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 + d;
                }
            }
        }
        if (overflow) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -value : value;
    }

    /** C {@code isspace} in the C locale. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    /** {@code cli_isnumber}: only the digits 0-9, and the empty string is a number. */
    static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code cli_chomp}: remove trailing CR and LF. */
    static String chomp(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code cli_strbcasestr(haystack, needle)}: whether the name ends with the suffix, ASCII case ignored. */
    static boolean endsWithIgnoreCase(String name, String suffix) {
        int off = name.length() - suffix.length();
        if (off < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (lower(name.charAt(off + i)) != lower(suffix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
