package dev.headroom.model.systemd.values;

/**
 * systemd's strict integer wrappers from {@code src/basic/parse-util.c}: {@code safe_atoi()}
 * and {@code safe_atou64()}. Both skip leading {@code WHITESPACE}, take the whole string or
 * fail with {@code EINVAL}, and pass base 0 to glibc after {@code mangle_base()} has turned
 * Python-style {@code 0b}/{@code 0o} prefixes into bases 2 and 8, so {@code 0x400},
 * {@code 0o2000}, {@code 0b1} and the octal {@code 010} (= 8) are all numbers here.
 */
final class SafeAto {

    private SafeAto() {
    }

    /** {@code safe_atoi()}: a C {@code int}. */
    static int atoi(String s) throws ParseFailure {
        int[] base = {0};
        int from = mangleBase(s, Whitespace.skip(s, 0), base);
        CStrto.Result r = CStrto.strtoll(s, from, base[0]);
        if (r.error() != null) {
            throw r.error().failure();
        }
        if (r.consumedNothing(from) || r.end() != s.length()) {
            throw Errno.EINVAL.failure();
        }
        if ((int) r.value() != r.value()) {
            throw Errno.ERANGE.failure();
        }
        return (int) r.value();
    }

    /** {@code safe_atou64()}: unsigned 64 bits; "-5" is refused, "-0" is 0. */
    static long atou64(String s) throws ParseFailure {
        int[] base = {0};
        int from = mangleBase(s, Whitespace.skip(s, 0), base);
        CStrto.Result r = CStrto.strtoull(s, from, base[0]);
        if (r.error() != null) {
            throw r.error().failure();
        }
        if (r.consumedNothing(from) || r.end() != s.length()) {
            throw Errno.EINVAL.failure();
        }
        if (r.value() != 0 && from < s.length() && s.charAt(from) == '-') {
            throw Errno.ERANGE.failure();
        }
        return r.value();
    }

    /** {@code mangle_base()}: where glibc should start, and in which base. */
    private static int mangleBase(String s, int at, int[] base) {
        if (s.startsWith("0b", at) || s.startsWith("0B", at)) {
            base[0] = 2;
            return at + 2;
        }
        if (s.startsWith("0o", at) || s.startsWith("0O", at)) {
            base[0] = 8;
            return at + 2;
        }
        return at;
    }
}
