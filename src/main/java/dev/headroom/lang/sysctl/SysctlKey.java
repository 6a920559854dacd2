package dev.headroom.lang.sysctl;

import dev.headroom.source.Fnmatch;

/**
 * A sysctl variable name, held as the path below {@code /proc/sys} that systemd-sysctl writes
 * to, after its own normalisation ({@code sysctl_normalize}, systemd 252
 * {@code src/basic/sysctl-util.c}):
 *
 * <ul>
 *   <li>If the first separator in the name is a dot, every dot becomes a slash and every slash
 *       a dot; if it is a slash, nothing is swapped. So {@code net.ipv4.conf.enp3s0/200.forwarding}
 *       and {@code net/ipv4/conf/enp3s0.200/forwarding} are one variable, and
 *       {@code kernel.domainname} is {@code kernel/domainname} (sysctl.d(5), "Configuration
 *       Format": "If the first separator is a slash, remaining slashes and dots are left intact.
 *       If the first separator is a dot, dots and slashes are interchanged.").</li>
 *   <li>Then {@code path_simplify} (src/basic/path-util.c): repeated separators and {@code .}
 *       components go, so {@code vm..swappiness} is {@code vm/swappiness}; and a leading slash
 *       is dropped.</li>
 * </ul>
 *
 * <p>{@link #name()} gives the dotted form people write and {@code sysctl -a} prints (procps
 * {@code slashdot()} applied to the path: the same swap, back). Two written names are the same
 * variable exactly when their paths are equal.
 *
 * @param path the normalised path relative to {@code /proc/sys}, separators {@code /}
 */
public record SysctlKey(String path) {

    /** NAME_MAX: path_simplify gives up on a longer component, and the kernel has none. */
    private static final int NAME_MAX = 255;
    /** PATH_MAX, counted with the trailing NUL (path_is_valid_full). */
    private static final int PATH_MAX = 4096;

    /** The key as systemd-sysctl reads it from a line ({@code sysctl_normalize}). */
    public static SysctlKey of(String written) {
        return new SysctlKey(normalize(written));
    }

    static String normalize(String s) {
        String swapped = s;
        int first = firstSeparator(s);
        if (first >= 0 && s.charAt(first) == '.') {
            char[] c = s.toCharArray();
            for (int i = first; i < c.length; i++) {
                if (c[i] == '.') {
                    c[i] = '/';
                } else if (c[i] == '/') {
                    c[i] = '.';
                }
            }
            swapped = new String(c);
        }
        String p = simplify(swapped);
        if (p.length() > 1 && p.charAt(0) == '/') {
            p = p.substring(1);
        }
        return p;
    }

    private static int firstSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.' || s.charAt(i) == '/') {
                return i;
            }
        }
        return -1;
    }

    /**
     * systemd's {@code path_simplify()}: drops empty and {@code .} components, keeps {@code ..},
     * keeps a leading slash, and copies the rest verbatim from a component longer than NAME_MAX.
     */
    static String simplify(String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean absolute = s.charAt(0) == '/';
        StringBuilder out = new StringBuilder(s.length());
        if (absolute) {
            out.append('/');
        }
        boolean addSlash = false;
        int p = absolute ? 1 : 0;
        while (true) {
            int first = skipSlashOrDot(s, p);
            if (first >= s.length() || s.substring(first).equals(".")) {
                break;
            }
            int end = s.indexOf('/', first);
            if (end < 0) {
                end = s.length();
            }
            if (addSlash) {
                out.append('/');
            }
            if (end - first > NAME_MAX) {
                out.append(s, p, s.length());
                return out.toString();
            }
            out.append(s, first, end);
            addSlash = true;
            int next = skipSlashOrDot(s, end);
            p = next + (s.substring(next).equals(".") ? 1 : 0);
        }
        if (out.length() == 0) {
            out.append('.');
        }
        return out.toString();
    }

    private static int skipSlashOrDot(String s, int p) {
        while (p < s.length()) {
            if (s.charAt(p) == '/') {
                p++;
            } else if (s.startsWith("./", p)) {
                p += 2;
            } else {
                break;
            }
        }
        return p;
    }

    /** The dotted name ({@code net.ipv4.conf.enp3s0/200.forwarding}), as sysctl prints it. */
    public String name() {
        char[] c = path.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '/') {
                c[i] = '.';
            } else if (c[i] == '.') {
                c[i] = '/';
            }
        }
        return new String(c);
    }

    /**
     * A glob(7) pattern, written to every matching variable that has no explicit line of its own
     * (systemd {@code string_is_glob}: any of {@code *?[}).
     */
    public boolean isGlob() {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this glob matches a concrete variable as glob(3) would match the file below
     * {@code /proc/sys}: component by component, a wildcard never crossing a slash nor matching
     * a leading dot.
     */
    public boolean matches(SysctlKey concrete) {
        String[] pat = path.split("/", -1);
        String[] key = concrete.path.split("/", -1);
        if (pat.length != key.length) {
            return false;
        }
        for (int i = 0; i < pat.length; i++) {
            if (!Fnmatch.matches(pat[i], key[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the key names a file below {@code /proc/sys} at all. systemd-sysctl writes to
     * {@code /proc/sys/KEY} only when that path is normalised ({@code sysctl_write} refuses a
     * {@code ..} component or an over-long name with EINVAL), and an empty key, {@code .} or
     * {@code /} names the directory {@code /proc/sys} itself (EISDIR).
     */
    public boolean isFilePath() {
        if (path.isEmpty() || path.equals(".") || path.equals("/")) {
            return false;
        }
        if (("/proc/sys/" + path).length() >= PATH_MAX) {
            return false;
        }
        for (String c : path.split("/", -1)) {
            if (c.equals("..") || c.length() > NAME_MAX) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name();
    }
}
