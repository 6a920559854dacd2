package dev.headroom.model.clamav.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signature names the {@code .ign}/{@code .ign2} files of a directory switch off. libclamav
 * loads those files first ({@code DB_LOAD_PRIORITY_IGN}), so every later loader skips a line whose
 * name is listed, optionally only when the MD5 of the line matches ({@code Name:md5}).
 *
 * <p>Source: {@code cli_loadign}, {@code cli_chkign} and {@code cli_signorm} in
 * {@code libclamav/readdb.c}, {@code cli_bm_addpatt} and {@code cli_bm_scanbuff} in
 * {@code libclamav/matcher-bm.c} (Cisco-Talos/clamav rel/1.4 e8b337754d18). The name must match
 * whole (the pattern is anchored at offset 0 and at the end); a name ending in {@code .{...}} or
 * {@code .UNOFFICIAL} is compared without that suffix; names shorter than 3 are padded with spaces.
 *
 * <p>When a name is listed more than once (with different MD5s, or once with and once without),
 * one entry decides: the last one the Boyer-Moore scan meets, which depends on where each
 * pattern landed in the matcher's hash table. headroom rebuilds that table (the trigram hash,
 * the "load balancing" shift to a free slot, the chains ordered by first byte, newest first) to
 * pick the same entry.
 */
final class IgnoreList {

    /** A pattern of the ignore matcher: the name, the MD5 it requires (or null), where it is hashed. */
    private record Pattern(String name, String md5, int prefix, char first) {
    }

    /** {@code bm_suffix}: the chains by trigram hash, head first. */
    private final Map<Integer, List<Pattern>> chains = new HashMap<>();
    private byte[] buffer = new byte[FgetsReader.FILEBUFF];
    private int hashAt = -1;

    /** Starts a new ignore file: {@code cli_loadign}'s line buffer and {@code hash} pointer are local to it. */
    void startFile() {
        buffer = new byte[FgetsReader.FILEBUFF];
        hashAt = -1;
    }

    /**
     * One piece of an ignore file as {@code fgets} returned it: added, skipped (a comment: null),
     * or why ClamAV rejects it (the whole load fails).
     *
     * <p>{@code cli_loadign} declares its {@code hash} pointer once per file and sets it only on
     * a {@code Name:md5} line, so every later line of the file is checked against whatever its
     * own line buffer holds at that offset: usually not an MD5, and the load fails with
     * "Malformed MD5 string" (ClamAV 1.4.6 rejects {@code Foo:<md5>} followed by {@code Bar}).
     * headroom replays the buffer byte for byte to give the same verdict.
     */
    LineOutcome line(String raw) {
        byte[] b = buffer;
        int n = Math.min(raw.length(), b.length - 1);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) raw.charAt(i);
        }
        b[n] = 0;
        if (b[0] == '#') {
            return null;
        }
        // cli_chomp
        int len = strlen(b, 0);
        while (len > 0 && (b[len - 1] == '\n' || b[len - 1] == '\r')) {
            b[--len] = 0;
        }
        // cli_strtokenize(buffer, ':', 4, tokens)
        int[] tokens = new int[4];
        int count = 0;
        int at = 0;
        while (count < 4) {
            tokens[count++] = at;
            int colon = -1;
            for (int i = at; b[i] != 0; i++) {
                if (b[i] == ':') {
                    colon = i;
                    break;
                }
            }
            if (colon < 0) {
                break;
            }
            b[colon] = 0;
            at = colon + 1;
        }
        if (count > 3) {
            return LineOutcome.malformed("more than 3 fields");
        }
        int name = count == 3 ? tokens[2] : 0;
        if (count == 2) {
            hashAt = tokens[1];
        }
        int nameLen = strlen(b, name);
        if (nameLen == 0) {
            return LineOutcome.malformed("No signature name provided");
        }
        if (nameLen < 3) {
            System.arraycopy(b, name, b, 0, nameLen);
            name = 0;
            b[3] = 0;
            for (int i = nameLen; i < 3; i++) {
                b[i] = ' ';
            }
            nameLen = 3;
        }
        String signature = latin1(b, name, nameLen);
        String md5 = null;
        if (hashAt >= 0) {
            md5 = latin1(b, hashAt, strlen(b, hashAt));
            if (md5.length() != 32 || !CText.isHex(md5)) {
                return LineOutcome.malformed("Malformed MD5 string");
            }
            md5 = md5.toLowerCase(Locale.ROOT);
        }
        addPattern(signature, md5);
        return LineOutcome.LOADED;
    }

    private static int strlen(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != 0) {
            i++;
        }
        return i - from;
    }

    private static String latin1(byte[] b, int from, int len) {
        return new String(b, from, len, StandardCharsets.ISO_8859_1);
    }

    boolean isEmpty() {
        return chains.isEmpty();
    }

    /** {@code HASH(a, b, c)} of matcher-bm.c, over the trigram at {@code i}. */
    private static int hash(String s, int i) {
        return 211 * s.charAt(i) + 37 * s.charAt(i + 1) + s.charAt(i + 2);
    }

    /**
     * {@code cli_bm_addpatt}: the pattern is hashed at its first trigram whose chain is still
     * empty (its start becomes a "prefix"), at the first trigram when all are taken, and goes
     * into that chain before the first pattern whose first byte is not greater.
     */
    private void addPattern(String name, String md5) {
        int prefix = 0;
        for (int i = 0; i + 3 <= name.length(); i++) {
            if (!chains.containsKey(hash(name, i))) {
                prefix = i;
                break;
            }
        }
        char first = name.charAt(prefix);
        List<Pattern> chain = chains.computeIfAbsent(hash(name, prefix), k -> new ArrayList<>());
        int at = 0;
        while (at < chain.size() && first < chain.get(at).first()) {
            at++;
        }
        chain.add(at, new Pattern(name, md5, prefix, first));
    }

    /**
     * {@code cli_chkign(ignored, signame, entry)}: whether the signature is switched off. The
     * scan walks the name's trigrams in order; at each, the chain's patterns with the same first
     * byte; a pattern matches there if it is the whole name and was hashed at that offset. The
     * last match sets the MD5 to check ({@code *virname} is overwritten, no early return without
     * a scan context).
     */
    boolean ignores(String signatureName, String entry) {
        if (chains.isEmpty()) {
            return false;
        }
        String s = normalise(CText.cString(signatureName));
        Pattern winner = null;
        for (int i = 0; i + 3 <= s.length(); i++) {
            List<Pattern> chain = chains.get(hash(s, i));
            if (chain == null) {
                continue;
            }
            char c = s.charAt(i);
            boolean run = false;
            for (Pattern p : chain) {
                if (p.first() != c) {
                    if (run) {
                        break;
                    }
                    continue;
                }
                run = true;
                if (p.prefix() == i && p.name().equals(s)) {
                    winner = p;
                }
            }
        }
        return winner != null && (winner.md5() == null || winner.md5().equals(md5(CText.cString(entry))));
    }

    /** {@code cli_signorm}, falling back to the name itself where it returns NULL. */
    static String normalise(String name) {
        int n = name.length();
        if (n > 3 && name.charAt(n - 1) == '}') {
            int brace = name.indexOf(".{");
            if (brace < 0) {
                return name;
            }
            n = brace;
        } else if (n > 11) {
            if (!name.endsWith(".UNOFFICIAL")) {
                return name;
            }
            n -= 11;
        } else if (n > 2) {
            return name;
        }
        return pad(name.substring(0, n));
    }

    private static String pad(String s) {
        return s.length() >= 3 ? s : (s + "   ").substring(0, 3);
    }

    private static String md5(String latin1) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(latin1.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
