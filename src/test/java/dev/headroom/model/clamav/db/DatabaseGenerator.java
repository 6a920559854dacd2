package dev.headroom.model.clamav.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Random but plausible database files, one format at a time, for the differential test: lines
 * ClamAV accepts (with level ranges, targets and attributes that make some of them skip),
 * comments, CRLF endings, blank lines where the format allows them, and on request one defect
 * that fails the load. Every signature name it writes is remembered so that ignore files can
 * name them (whole, by line MD5, by a suffix that must not match).
 */
final class DatabaseGenerator {

    /** A generated signature: its name and its line as the loader sees it (chomped). */
    record Named(String name, String line, DatabaseKind kind) {
    }

    private static final int[] LEVELS = {0, 51, 73, 90, 215, 216, 217, 255, 300};
    private static final String[] FTM = {"0:0:4d5a:DOS/EXE:CL_TYPE_ANY:CL_TYPE_MSEXE",
            "1:*:504b0304:ZIP:CL_TYPE_ANY:CL_TYPE_ZIP", "0:0:7f454c46:ELF:CL_TYPE_ANY:CL_TYPE_ELF",
            "0:0:25504446:PDF document:CL_TYPE_ANY:CL_TYPE_PDF:51", "1:*:526172211a07:RAR:CL_TYPE_ANY:CL_TYPE_RAR:51:255",
            "0:0:cafebabe:Java:CL_TYPE_ANY:CL_TYPE_BINARY_DATA:300", "0:0:474946:GIF:CL_TYPE_ANY:CL_TYPE_GIF:1:100",
            "2:0:4142:Unsupported mode:CL_TYPE_ANY:CL_TYPE_ZIP"};

    private final Random rnd;
    private final String prefix;
    private final List<Named> named = new ArrayList<>();
    private int serial;

    DatabaseGenerator(Random rnd) {
        this(rnd, "Gen");
    }

    /** Signature names start with the prefix, so two generators never write the same name. */
    DatabaseGenerator(Random rnd, String prefix) {
        this.rnd = rnd;
        this.prefix = prefix;
    }

    List<Named> named() {
        return named;
    }

    /** A file of the kind: {@code lines} entries plus comments; one defect when {@code broken}. */
    String file(DatabaseKind kind, int lines, boolean broken) {
        StringBuilder sb = new StringBuilder();
        boolean blanksAllowed = kind == DatabaseKind.PDB || kind == DatabaseKind.GDB || kind == DatabaseKind.WDB
                || kind == DatabaseKind.CRB || kind == DatabaseKind.CFG;
        int defectAt = broken ? rnd.nextInt(lines + 1) : -1;
        for (int i = 0; i <= lines; i++) {
            if (i == defectAt) {
                sb.append(defect(kind));
            }
            if (i == lines) {
                break;
            }
            if (rnd.nextInt(8) == 0) {
                sb.append("# comment ").append(rnd.nextInt(1000)).append(eol());
            }
            if (blanksAllowed && rnd.nextInt(8) == 0) {
                sb.append(rnd.nextBoolean() ? "\n" : "\r\n");
            }
            String line = line(kind);
            sb.append(line).append(eol());
        }
        if (kind == DatabaseKind.FTM && lines == 0 && !broken) {
            sb.append(FTM[0]).append('\n');
        }
        return sb.toString();
    }

    private String eol() {
        return rnd.nextInt(10) == 0 ? "\r\n" : "\n";
    }

    /** A line that makes the loader of this kind fail, with its end of line. */
    private String defect(DatabaseKind kind) {
        switch (kind.format()) {
            case PHISHING_DOMAINS:
            case PHISHING_ALLOW:
                return "Zno-colon-here\n";
            case FILE_TYPES:
                return "0:0:4d5a:too few\n";
            case CERTIFICATES:
                return "a;b;c\n";
            case PASSWORDS:
                return "Pw.Broken;0\n";
            case YARA:
            case BYTECODE:
            case ENGINE_CONFIG:
                return "";
            default:
                return rnd.nextBoolean() ? "\n" : "NoFieldsAtAll\n";
        }
    }

    private String line(DatabaseKind kind) {
        switch (kind) {
            case DB: {
                String n = name(kind);
                String l = rnd.nextInt(10) == 0 ? n + "==" : n + "=" + hex(4 + rnd.nextInt(12));
                return remember(n, l, kind);
            }
            case HDB:
            case HDU:
            case FP:
            case HSB:
            case HSU:
            case SFP: {
                String n = name(kind);
                int[] lens = kind == DatabaseKind.HSB || kind == DatabaseKind.HSU ? new int[] {40, 64}
                        : new int[] {32, 32, 40, 64};
                String hash = hex(lens[rnd.nextInt(lens.length)] / 2);
                return remember(n, hash + ":" + sizeAndLevels(false).replace("%N", n), kind);
            }
            case MDB:
            case MDU:
            case MSB:
            case MSU: {
                String n = name(kind);
                String l = sizeAndLevels(true).replace("%H", hex(16)).replace("%N", n);
                return remember(n, l, kind);
            }
            case IMP: {
                String n = name(kind);
                String size = rnd.nextInt(4) == 0 ? "*" : String.valueOf(1 + rnd.nextInt(99999));
                return remember(n, hex(16) + ":" + size + ":" + n + levels(), kind);
            }
            case NDB:
            case NDU:
            case SDB: {
                String n = rnd.nextInt(12) == 0 ? "HTML.Phishing." + name(kind) : name(kind);
                String[] targets = {"0", "1", "*", "3", "7", "14", "15", "20"};
                String[] offsets = {"*", "0", "10"};
                String l = n + ":" + targets[rnd.nextInt(targets.length)] + ":" + offsets[rnd.nextInt(offsets.length)]
                        + ":" + hex(4 + rnd.nextInt(10)) + levels();
                return remember(n, l, kind);
            }
            case LDB:
            case LDU: {
                String n = name(kind);
                String[] attrs = {"Engine:51-255,Target:0", "Target:0", "Engine:81-255,Target:1",
                        "Engine:250-255,Target:0", "Engine:51-200,Target:0", "Engine:51-255,Target:16",
                        "Engine:51-255,Target:0,Unknown:1", "Engine:51-255,Target:1,FileSize:0-100000",
                        "Engine:51-255,Target:1,EntryPoint:0-100"};
                int subs = 1 + rnd.nextInt(3);
                String logic = subs == 1 ? "0" : subs == 2 ? "0&1" : "(0|1)&2";
                StringBuilder l = new StringBuilder(n).append(';').append(attrs[rnd.nextInt(attrs.length)]).append(';')
                        .append(logic);
                for (int s = 0; s < subs; s++) {
                    l.append(';').append(hex(4 + rnd.nextInt(8)));
                }
                return remember(n, l.toString(), kind);
            }
            case CDB: {
                String n = name(kind);
                String[] types = {"*", "CL_TYPE_ZIP", "CL_TYPE_RAR"};
                String[] ranges = {"*", "10-20", "100"};
                String[] enc = {"*", "0", "1"};
                String l = n + ":" + types[rnd.nextInt(3)] + ":" + ranges[rnd.nextInt(3)] + ":"
                        + (rnd.nextBoolean() ? "*" : "abc\\.exe") + ":" + ranges[rnd.nextInt(3)] + ":*:"
                        + enc[rnd.nextInt(3)] + ":*:*:*" + levels();
                return remember(n, l, kind);
            }
            case ZMD:
            case RMD: {
                String n = name(kind);
                String l = n + ":" + pick("*", "0", "1") + ":" + pick("*", "abc") + ":" + pick("*", "100") + ":"
                        + pick("*", "50") + ":" + pick("*", "1a2b") + ":" + pick("*", "8") + ":" + pick("*", "1") + ":"
                        + pick("*", "3");
                return remember(n, l, kind);
            }
            case IDB: {
                String n = name(kind);
                return remember(n, n + ":grp" + rnd.nextInt(3) + ":grp" + rnd.nextInt(3) + ":" + icon(), kind);
            }
            case PDB:
            case GDB: {
                int k = rnd.nextInt(kind == DatabaseKind.GDB ? 5 : 3);
                String l = k == 0 ? "H:host" + next() + ".example.com"
                        : k == 1 ? "R:.+\\.r" + next() + "\\.example\\.com([/?].*)?"
                        : k == 2 ? "H:h" + next() + ".example.org"
                        : k == 3 ? "S:F:" + hex(32) : "S:P:" + hex(4);
                return l + pick("", "", ":17-", ":17-300", ":300-", ":1-100");
            }
            case WDB:
                return rnd.nextBoolean()
                        ? "X:.+\\.w" + next() + "\\.example\\.com([/?].*)?:.+\\.w" + serial + "\\.example\\.net([/?].*)?:17-"
                        : "M:www.m" + next() + ".example.com:m" + serial + ".example.com";
            case FTM:
                return FTM[rnd.nextInt(FTM.length)];
            case CRB:
                return "Cert" + next() + ";" + pick("0", "1") + ";" + hex(20) + ";" + pick(hex(20), "") + ";" + hex(64)
                        + ";010001;" + pick("0", "1") + ";" + pick("0", "1") + ";" + pick("0", "1") + ";0;comment"
                        + pick("", "", ";51", ";51;255", ";300");
            case PWDB:
                return "Pw" + next() + ";" + pick("Engine:81-255", "Engine:81-255,Container:CL_TYPE_ZIP",
                        "Engine:81-255,Target:0") + ";" + pick("0", "1", "2") + ";" + hex(4);
            case YAR:
            case YARA: {
                String n = "y" + next();
                return rnd.nextInt(5) == 0 ? "rule " + n + " { condition: false }"
                        : "rule " + n + " : tag { strings: $a = \"" + hex(6) + "\" $b = { " + hex(1) + " " + hex(1) + " "
                                + hex(2) + " } condition: any of them } // rule fake" + serial;
            }
            case CFG:
                return "UNKNOWN:0x" + hex(2);
            default:
                return "junk " + next();
        }
    }

    /** {@code Size:Name[:levels]} after a hash, or {@code Size:%H:Name...} for section hashes. */
    private String sizeAndLevels(boolean section) {
        boolean wildcard = rnd.nextInt(6) == 0;
        String size = wildcard ? "*" : String.valueOf(1 + rnd.nextInt(99999));
        String levels = wildcard ? ":" + pick("73", "90", "216") + pick("", ":255") : levels();
        return section ? size + ":%H:%N" + levels : size + ":%N" + levels;
    }

    private String levels() {
        switch (rnd.nextInt(6)) {
            case 0:
                return ":" + LEVELS[rnd.nextInt(LEVELS.length)];
            case 1:
                return ":" + LEVELS[rnd.nextInt(LEVELS.length)] + ":" + LEVELS[rnd.nextInt(LEVELS.length)];
            default:
                return "";
        }
    }

    private String name(DatabaseKind kind) {
        String n = prefix + "." + kind.name() + "." + next();
        return rnd.nextInt(20) == 0 ? n + ".{x" + serial + "}" : n;
    }

    private String remember(String name, String line, DatabaseKind kind) {
        named.add(new Named(name, line, kind));
        return line;
    }

    private int next() {
        return ++serial;
    }

    private String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    String hex(int bytes) {
        byte[] b = new byte[bytes];
        rnd.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** An icon hash whose metrics are in range: size 16, colour, grey, bright, dark, edge, noedge, spread. */
    private String icon() {
        StringBuilder s = new StringBuilder("10");
        for (int i = 0; i < 6; i++) {
            s.append(String.format("%03x%02x%02x", rnd.nextInt(4073), rnd.nextInt(15), rnd.nextInt(15)));
        }
        for (int i = 0; i < 12; i++) {
            s.append(String.format("%02x%02x%02x", rnd.nextInt(256), rnd.nextInt(15), rnd.nextInt(15)));
        }
        s.append(String.format("%02x%02x%02x%02x", rnd.nextInt(31), rnd.nextInt(31), rnd.nextInt(31), rnd.nextInt(101)));
        return s.toString();
    }

    /**
     * An ignore file over the names generated so far: whole names, names with the MD5 of their
     * line or of the name alone, old three-field entries, suffixes (which must not match) and
     * names that do not exist. ClamAV refuses a file where any line follows a {@code Name:md5}
     * line (see {@link IgnoreList#line}), so mostly those lines come last.
     */
    String ignoreFile(int entries, boolean broken) {
        return ignoreFile(entries, broken, -1);
    }

    /**
     * The same over the names whose index has this parity (0 or 1; -1 for all): two ignore files
     * that never name the same signature, so that which of them loads first (readdir order to
     * ClamAV, name order to headroom) cannot matter.
     */
    String ignoreFile(int entries, boolean broken, int parity) {
        List<String> plain = new ArrayList<>();
        List<String> withMd5 = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            if (named.isEmpty() || rnd.nextInt(8) == 0) {
                plain.add("Not.A.Signature." + next());
                continue;
            }
            int pick = rnd.nextInt(named.size());
            if (parity >= 0 && pick % 2 != parity) {
                pick = pick + 1 < named.size() ? pick + 1 : pick - 1;
            }
            if (pick < 0 || parity >= 0 && pick % 2 != parity) {
                plain.add("Not.A.Signature." + next());
                continue;
            }
            Named n = named.get(pick);
            String base = n.name().contains(".{") ? n.name().substring(0, n.name().indexOf(".{")) : n.name();
            switch (rnd.nextInt(6)) {
                case 0:
                    plain.add(n.name());
                    break;
                case 1:
                    plain.add(base);
                    break;
                case 2:
                    withMd5.add(n.name() + ":" + md5(n.line()));
                    break;
                case 3:
                    withMd5.add(n.name() + ":" + md5(n.name()));
                    break;
                case 4:
                    plain.add("x:y:" + n.name());
                    break;
                default:
                    plain.add(n.name().substring(1));
                    break;
            }
        }
        List<String> all = new ArrayList<>(plain);
        if (rnd.nextInt(4) == 0) {
            for (String m : withMd5) {
                all.add(rnd.nextInt(all.size() + 1), m);
            }
        } else {
            all.addAll(withMd5);
        }
        StringBuilder sb = new StringBuilder("# generated\n");
        for (String l : all) {
            sb.append(l).append('\n');
        }
        if (broken) {
            sb.append('\n');
        }
        return sb.toString();
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
