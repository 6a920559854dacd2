package dev.headroom.model.clamav.db;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of each line-based format, judged the way its libclamav loader judges it: the field
 * counts, the functionality-level fields, the target, the ignore list, and the checks that decide
 * whether the line loads. The line has had its comment test and {@code cli_chomp} already.
 *
 * <p>Source: {@code libclamav/readdb.c} {@code cli_loaddb}, {@code cli_loadhash},
 * {@code cli_loadndb}, {@code cli_loadldb}/{@code load_oneldb}, {@code cli_loadmd},
 * {@code cli_loadcdb}, {@code cli_loadidb}, {@code cli_loadftm}, {@code cli_loadcrt},
 * {@code cli_loadpwdb}; {@code libclamav/regex_list.c} {@code load_regex_matcher} and
 * {@code functionality_level_check}; Cisco-Talos/clamav rel/1.4 e8b337754d18. Not checked (so a
 * line headroom loads may still be rejected by ClamAV): hex signature bodies, logical
 * expressions and their subsignature count, regular expressions, file type names, the icon
 * metric ranges.
 */
final class SignatureLines {

    private static final Pattern RANGE = Pattern.compile("\\s*\\+?\\d+-\\s*\\+?\\d+.*", Pattern.DOTALL);

    private SignatureLines() {
    }

    /** {@code Name=HexSignature}. */
    static LineOutcome db(String line, IgnoreList ign) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return LineOutcome.malformed("Malformed pattern line");
        }
        if (ign.ignores(line.substring(0, eq), line)) {
            return LineOutcome.skipped("ignored");
        }
        if (eq + 1 < line.length() && line.charAt(eq + 1) == '=') {
            return LineOutcome.skipped("empty signature");
        }
        return LineOutcome.LOADED;
    }

    /** {@code .hdb .hsb .fp .sfp .mdb .msb .imp} and the PUA twins: {@code cli_loadhash}. */
    static LineOutcome hash(String line, DatabaseKind.Format format, long level, IgnoreList ign) {
        List<String> t = CText.tokenize(line, ':', 6);
        int n = t.size();
        if (n < 3) {
            return LineOutcome.malformed("expected at least 3 fields separated by ':'");
        }
        long minLevel = 0;
        if (n > 3) {
            minLevel = CText.atoiUnsigned(t.get(3));
            if (n > 5) {
                return LineOutcome.malformed("more than 5 fields");
            }
            if (level < minLevel) {
                return LineOutcome.skipped("needs functionality level " + minLevel);
            }
            if (n == 5 && level > CText.atoiUnsigned(t.get(4))) {
                return LineOutcome.skipped("functionality level at most " + CText.atoiUnsigned(t.get(4)));
            }
        }
        int sizeField = format == DatabaseKind.Format.SECTION_HASH ? 0 : 1;
        int hashField = format == DatabaseKind.Format.SECTION_HASH ? 1 : 0;
        String size = t.get(sizeField);
        if (!size.equals("*")) {
            if (!validSize(CText.cString(size))) {
                return LineOutcome.malformed("Invalid value for the size field");
            }
        } else if (format != DatabaseKind.Format.IMPORT_HASH && (n < 4 || minLevel < 73)) {
            return LineOutcome.malformed("Minimum FLEVEL field must be at least 73 for wildcard size hash signatures");
        }
        if (ign.ignores(t.get(2), line)) {
            return LineOutcome.skipped("ignored");
        }
        if (virusName(t.get(2)).isEmpty()) {
            return LineOutcome.malformed("Empty virus name");
        }
        String hash = CText.cString(t.get(hashField));
        int len = hash.length();
        if ((len != 32 && len != 40 && len != 64) || !CText.isHex(hash)) {
            return LineOutcome.malformed("Malformed hash string");
        }
        return LineOutcome.LOADED;
    }

    /** {@code strtoul(s, &end, 10)} with {@code *end == 0}, not 0 and below 0xffffffff. */
    private static boolean validSize(String s) {
        int i = 0;
        while (i < s.length() && CText.isSpace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '+') {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        long v = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
            if (v >= 0xffffffffL) {
                return false;
            }
        }
        return v != 0;
    }

    /**
     * {@code .ndb .ndu .sdb}: {@code Name:Target:Offset:HexSig[:MinFL[:MaxFL]]}. {@code raw} is the
     * line before chomping (the phishing test looks at it).
     */
    static LineOutcome ndb(String line, String raw, LoadOptions o, IgnoreList ign) {
        if (!o.phishingSignatures() && (raw.startsWith("HTML.Phishing") || raw.startsWith("Email.Phishing"))) {
            return LineOutcome.skipped("phishing signature; PhishingSignatures is off");
        }
        List<String> t = CText.tokenize(line, ':', 7);
        int n = t.size();
        if (n < 4 || n > 6) {
            return LineOutcome.malformed("expected 4 to 6 fields separated by ':'");
        }
        if (ign.ignores(t.get(0), line)) {
            return LineOutcome.skipped("ignored");
        }
        LineOutcome fl = levelFields(t, 4, o.level());
        if (fl != null) {
            return fl;
        }
        String target = t.get(1);
        if (!target.equals("*") && !CText.isNumber(target)) {
            return LineOutcome.malformed("invalid target");
        }
        int tg = CText.atoi(target);
        if (tg < 0 || tg >= TargetDescription.TARGETS) {
            return LineOutcome.skipped("Not supported target type (" + tg + ")");
        }
        return LineOutcome.LOADED;
    }

    /**
     * The optional {@code :MinFL[:MaxFL]} fields at {@code at}, {@code at + 1}: digits only (an
     * empty field is a number to {@code cli_isnumber}); null when the line is in range.
     */
    private static LineOutcome levelFields(List<String> t, int at, long level) {
        if (t.size() > at) {
            if (!CText.isNumber(t.get(at))) {
                return LineOutcome.malformed("invalid minimum functionality level");
            }
            long min = CText.atoiUnsigned(t.get(at));
            if (min > level) {
                return LineOutcome.skipped("needs functionality level " + min);
            }
            if (t.size() == at + 2) {
                if (!CText.isNumber(t.get(at + 1))) {
                    return LineOutcome.malformed("invalid maximum functionality level");
                }
                long max = CText.atoiUnsigned(t.get(at + 1));
                if (max < level) {
                    return LineOutcome.skipped("functionality level at most " + max);
                }
            }
        }
        return null;
    }

    /** {@code .ldb .ldu}: {@code Name;Attributes;Logic;Subsig1[;Subsig2...]}. */
    static LineOutcome ldb(String line, long level, IgnoreList ign) {
        List<String> t = CText.ldbTokenize(line, ';', 68, 2);
        if (t.size() < 4) {
            return LineOutcome.malformed("Invalid or unsupported ldb signature format");
        }
        if (ign.ignores(t.get(0), line)) {
            return LineOutcome.skipped("ignored");
        }
        if (t.size() - 3 > 64) {
            return LineOutcome.malformed("Broken logical expression or too many subsignatures");
        }
        return TargetDescription.judge(t.get(1), level);
    }

    /** {@code .zmd .rmd}: nine fields. */
    static LineOutcome archiveMetadata(String line, IgnoreList ign) {
        List<String> t = CText.tokenize(line, ':', 10);
        if (t.size() != 9) {
            return LineOutcome.malformed("expected 9 fields separated by ':'");
        }
        for (int i : new int[] {1, 3, 4, 6, 7, 8}) {
            if (!t.get(i).equals("*") && !CText.isNumber(t.get(i))) {
                return LineOutcome.malformed("Invalid value in field " + (i + 1));
            }
        }
        return metadataName(t.get(0), ign);
    }

    /** {@code .cdb}: ten to twelve fields, the last two the level range. */
    static LineOutcome containerMetadata(String line, long level, IgnoreList ign) {
        List<String> t = CText.tokenize(line, ':', 13);
        if (t.size() > 12 || t.size() < 10) {
            return LineOutcome.malformed("expected 10 to 12 fields separated by ':'");
        }
        LineOutcome fl = levelFields(t, 10, level);
        if (fl != null) {
            return fl;
        }
        LineOutcome name = metadataName(t.get(0), ign);
        if (name.kind() != LineOutcome.Kind.LOADED) {
            return name;
        }
        for (int i : new int[] {2, 4, 5, 7}) {
            String v = t.get(i);
            if (!v.equals("*") && (v.indexOf('-') >= 0 ? !RANGE.matcher(v).matches() : !CText.isNumber(v))) {
                return LineOutcome.malformed("Invalid value " + v);
            }
        }
        String enc = t.get(6);
        if (!enc.equals("*") && !enc.equals("0") && !enc.equals("1")) {
            return LineOutcome.malformed("Invalid encryption flag value");
        }
        return LineOutcome.LOADED;
    }

    /**
     * The name of a .zmd/.rmd/.cdb line: {@code cli_virname} appends {@code .UNOFFICIAL}, and the
     * ignore check hashes the name alone (the loaders pass the tokenised buffer).
     */
    private static LineOutcome metadataName(String field, IgnoreList ign) {
        String name = virusName(field);
        if (name.isEmpty()) {
            return LineOutcome.malformed("Empty virus name");
        }
        if (ign.ignores(name + ".UNOFFICIAL", name)) {
            return LineOutcome.skipped("ignored");
        }
        return LineOutcome.LOADED;
    }

    /** {@code cli_virname}: the name up to {@code " (Clam)"}. */
    private static String virusName(String field) {
        String s = CText.cString(field);
        int clam = s.indexOf(" (Clam)");
        return clam < 0 ? s : s.substring(0, clam);
    }

    /** {@code .idb}: {@code Name:Group1:Group2:IconHash} with a 124-digit hash. */
    static LineOutcome icon(String line, IgnoreList ign) {
        List<String> t = CText.tokenize(line, ':', 5);
        if (t.size() != 4) {
            return LineOutcome.malformed("Malformed hash (wrong token count)");
        }
        String hash = CText.cString(t.get(3));
        if (hash.length() != 124) {
            return LineOutcome.malformed("Malformed hash (wrong length)");
        }
        if (ign.ignores(t.get(0), line)) {
            return LineOutcome.skipped("ignored");
        }
        if (!CText.isHex(hash)) {
            return LineOutcome.malformed("Malformed hash (bad chars)");
        }
        int size = Integer.parseInt(hash.substring(0, 2), 16);
        if (size != 32 && size != 24 && size != 16) {
            return LineOutcome.malformed("Malformed hash (bad size)");
        }
        return LineOutcome.LOADED;
    }

    /**
     * {@code .pdb .gdb .wdb} lines ({@code load_regex_matcher}), not empty and not comments:
     * {@code Flag:Pattern[:MinFL-[MaxFL]]}.
     */
    static LineOutcome phishing(String line, boolean allowList, long level) {
        String rest = levelSuffix(line, level);
        if (rest == null) {
            return LineOutcome.skipped("outside its functionality level range");
        }
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return LineOutcome.malformed("Malformed regex list line");
        }
        if (rest.length() >= FgetsReader.FILEBUFF - 3) {
            return LineOutcome.malformed("Overlong regex line");
        }
        char flag = rest.charAt(0);
        String pattern = rest.substring(colon + 1);
        char p0 = pattern.isEmpty() ? 0 : pattern.charAt(0);
        boolean ok;
        if (allowList) {
            ok = flag == 'X' || flag == 'Y' || flag == 'M' || flag == 'S' && p0 == 'W';
        } else {
            ok = flag == 'R' || flag == 'H' || flag == 'S';
        }
        if (ok && flag == 'S' && !((p0 == 'W' || p0 == 'F' || p0 == 'P') && pattern.length() > 1
                && pattern.charAt(1) == ':')) {
            ok = false;
        }
        if (!ok) {
            return LineOutcome.malformed("unknown line type '" + flag + "'");
        }
        if (flag == 'S') {
            String hash = CText.cString(pattern.substring(2));
            if (hash.isEmpty() || hash.length() % 2 != 0 || !CText.isHex(hash)) {
                return LineOutcome.malformed("Invalid pattern '" + hash + "'");
            }
        }
        return LineOutcome.LOADED;
    }

    /**
     * {@code functionality_level_check}: a trailing {@code :min-max} (digits) is a level range;
     * null when the engine is outside it, else the line without it.
     */
    private static String levelSuffix(String line, long level) {
        int lastColon = line.lastIndexOf(':');
        if (lastColon < 0) {
            return line;
        }
        String tail = line.substring(lastColon + 1);
        int dash = tail.indexOf('-');
        if (dash < 0) {
            return line;
        }
        String lo = tail.substring(0, dash);
        String hi = tail.substring(dash + 1);
        if (!CText.isNumber(lo) || !CText.isNumber(hi)) {
            return line;
        }
        // size_t min = atoi(), max = atoi() or INT_MAX: an int that overflowed to negative is
        // sign-extended, and the unsigned comparison below reads it as huge, as size_t would.
        long min = CText.atoi(lo);
        long max = hi.isEmpty() ? Integer.MAX_VALUE : CText.atoi(hi);
        if (Long.compareUnsigned(min, level) > 0 || Long.compareUnsigned(max, level) < 0) {
            return null;
        }
        return line.substring(0, lastColon);
    }

    /** {@code .ftm}: {@code MagicType:Offset:HexSig:Name:RequiredType:DetectedType[:MinFL[:MaxFL]]}. */
    static LineOutcome fileType(String line, long level) {
        List<String> t = CText.tokenize(line, ':', 9);
        if (t.size() < 6 || t.size() > 8) {
            return LineOutcome.malformed("expected 6 to 8 fields separated by ':'");
        }
        LineOutcome fl = levelFields(t, 6, level);
        if (fl != null) {
            return fl;
        }
        if (!CText.isNumber(t.get(0))) {
            return LineOutcome.malformed("Invalid value for the first field");
        }
        int magic = CText.atoi(t.get(0));
        if (magic == 0 || magic == 4) {
            if (!CText.isNumber(t.get(1))) {
                return LineOutcome.malformed("Invalid offset");
            }
            String hex = CText.cString(t.get(2));
            if (hex.length() % 2 != 0 || !CText.isHex(hex)) {
                return LineOutcome.malformed("Can't decode the hex string");
            }
        } else if (magic != 1) {
            return LineOutcome.skipped("Unsupported mode " + magic);
        }
        return LineOutcome.LOADED;
    }

    /** {@code .crb}: {@code name;trusted;subject;serial;pubkey;exp;codesign;timesign;certsign;notbefore;comment[;minFL[;maxFL]]}. */
    static LineOutcome certificate(String line, long level) {
        List<String> t = CText.tokenize(line, ';', 14);
        if (t.size() > 13 || t.size() < 11) {
            return LineOutcome.malformed("Invalid number of tokens: " + t.size());
        }
        LineOutcome fl = levelFields(t, 11, level);
        if (fl != null) {
            return fl;
        }
        if (!startsWith01(t.get(1))) {
            return LineOutcome.malformed("Invalid trust specification. Expected 0 or 1");
        }
        String serial = CText.cString(t.get(3));
        if (!serial.isEmpty() && (serial.length() != 40 || !CText.isHex(serial))) {
            return LineOutcome.malformed("serial is not the appropriate length for a SHA1 Hash");
        }
        String subject = CText.cString(t.get(2));
        if (subject.length() != 40 || !CText.isHex(subject)) {
            return LineOutcome.malformed("subject is not the appropriate length for a SHA1 Hash");
        }
        String key = t.get(4);
        if (key.isEmpty() || !CText.isHex(key.substring(0, 1))) {
            return LineOutcome.malformed("Cannot convert public key to binary string");
        }
        for (int i = 6; i <= 8; i++) {
            if (!startsWith01(t.get(i))) {
                return LineOutcome.malformed("Invalid sign specification. Expected 0 or 1");
            }
        }
        return LineOutcome.LOADED;
    }

    private static boolean startsWith01(String s) {
        return !s.isEmpty() && (s.charAt(0) == '0' || s.charAt(0) == '1');
    }

    /** {@code .pwdb}: {@code PasswordName;Attributes;PWStorageType;Password}. */
    static LineOutcome password(String line, long level, IgnoreList ign) {
        List<String> t = CText.tokenize(line, ';', 4);
        if (t.size() != 4) {
            return LineOutcome.malformed("expected 4 fields separated by ';'");
        }
        if (ign.ignores(t.get(0), t.get(0))) {
            return LineOutcome.skipped("ignored");
        }
        String attributes = t.get(1);
        if (!attributes.isEmpty() && !attributes.contains("Target:")) {
            attributes = attributes + ",Target:0";
        }
        LineOutcome tdb = TargetDescription.judge(attributes, level);
        if (tdb.kind() != LineOutcome.Kind.LOADED) {
            return tdb;
        }
        if (!CText.isNumber(t.get(2))) {
            return LineOutcome.malformed("Invalid value for PWStorageType (third entry)");
        }
        int type = CText.atoi(t.get(2));
        return type == 0 || type == 1 ? LineOutcome.LOADED : LineOutcome.skipped("Unsupported PWStorageType " + type);
    }
}
