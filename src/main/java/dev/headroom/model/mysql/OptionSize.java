package dev.headroom.model.mysql;

/**
 * A numeric option value as the server reads it ({@code my_getopt.c} {@code eval_num_suffix}):
 * {@code strtoll} in base 10 (leading blanks and a sign allowed, an empty value is 0), then one
 * suffix character K, M, G, T, P or E in either case, a power of 1024; only the first character
 * after the digits is looked at, so {@code 16MB} is 16 MiB, while {@code 1.5G}, {@code 0x10} and
 * {@code 16 M} are refused ("Unknown suffix"). Checked with mariadbd 10.11.19
 * ({@code --key-buffer-size=V --help --verbose}): {@code 1e3} is 1 EiB.
 */
final class OptionSize {

    /**
     * @param bytes the value, when read
     * @param error the server's complaint, else null
     */
    record Parsed(long bytes, String error) {
    }

    private OptionSize() {
    }

    static Parsed parse(String variable, String value) {
        int i = 0;
        while (i < value.length() && OptionLine.isSpace(value.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < value.length() && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
            negative = value.charAt(i) == '-';
            i++;
        }
        long n = 0;
        for (; i < value.length() && Character.isDigit(value.charAt(i)) && value.charAt(i) < 128; i++) {
            int d = value.charAt(i) - '0';
            if (n > (Long.MAX_VALUE - d) / 10) {
                return new Parsed(0, "Integer value out of range for uint64: '" + value + "' for " + variable);
            }
            n = n * 10 + d;
        }
        if (negative && n != 0) {
            return new Parsed(0, "Error while setting value '" + value + "' to '" + variable + "'");
        }
        if (i == value.length()) {
            return new Parsed(n, null);
        }
        int power = "kmgtpe".indexOf(Character.toLowerCase(value.charAt(i)));
        if (power < 0) {
            return new Parsed(0, "Unknown suffix '" + value.charAt(i) + "' used for variable '" + variable
                    + "' (value '" + value + "'). Legal suffix characters are: K, M, G, T, P, E");
        }
        int shift = 10 * (power + 1);
        if (n > (Long.MAX_VALUE >> shift)) {
            return new Parsed(0, "Integer value out of range for uint64: '" + value + "' for " + variable);
        }
        return new Parsed(n << shift, null);
    }
}
