package dev.headroom.model.httpd;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The httpd version {@code <IfVersion>} is evaluated against, and mod_version's comparison
 * ({@code modules/metadata/mod_version.c}): missing components count as 0, so
 * {@code <IfVersion = 2.4>} means 2.4.0; {@code ~} and {@code = /re/} match a regular
 * expression against "major.minor.patch"; a leading {@code !} negates.
 */
public record HttpdVersion(int major, int minor, int patch) {

    /** The version of the oracle headroom is tested against (Debian 12's apache2). */
    public static final HttpdVersion DEFAULT = new HttpdVersion(2, 4, 71);

    private static final String INVALID = "Version appears to be invalid. It must have the format "
            + "major[.minor[.patch]] where major, minor and patch are numbers.";

    public static HttpdVersion parse(String s) {
        String[] p = s.split("\\.", -1);
        if (p.length == 0 || p.length > 3) {
            throw new IllegalArgumentException(INVALID);
        }
        int[] v = new int[3];
        for (int i = 0; i < p.length; i++) {
            if (!p[i].matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException(INVALID);
            }
            v[i] = Integer.parseInt(p[i]);
        }
        return new HttpdVersion(v[0], v[1], v[2]);
    }

    /** Evaluates the words of an {@code <IfVersion>} (without the closing '>'). */
    public boolean matches(List<String> words) {
        if (words.isEmpty() || words.size() > 2) {
            throw new IllegalArgumentException("<IfVersion> takes 1-2 arguments, a comparison operator and a version (may be a regex)");
        }
        String op = words.size() == 2 ? words.get(0) : "=";
        String ver = words.size() == 2 ? words.get(1) : words.get(0);
        boolean not = false;
        if (op.startsWith("!")) {
            not = true;
            op = op.substring(1);
        }
        boolean result;
        if (op.equals("~") || (op.equals("=") || op.equals("==")) && ver.length() > 1
                && ver.startsWith("/") && ver.endsWith("/")) {
            String re = op.equals("~") ? ver : ver.substring(1, ver.length() - 1);
            try {
                result = Pattern.compile(re).matcher(toString()).find();
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Cannot compile regular expression '" + re + "'");
            }
        } else {
            int c = compareTo(parse(ver));
            switch (op) {
                case "=":
                case "==":
                    result = c == 0;
                    break;
                case "<":
                    result = c < 0;
                    break;
                case "<=":
                    result = c <= 0;
                    break;
                case ">":
                    result = c > 0;
                    break;
                case ">=":
                    result = c >= 0;
                    break;
                default:
                    throw new IllegalArgumentException("unrecognized operator '" + op + "'");
            }
        }
        return result != not;
    }

    private int compareTo(HttpdVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
