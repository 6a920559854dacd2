package dev.headroom.lang.sysctl;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct port of systemd 252's reading of one sysctl.d file, written without the grammar:
 * {@code read_line_full} (src/basic/fileio.c) to cut lines, {@code strstrip} with WHITESPACE
 * {@code " \t\n\r"}, and {@code parse_file} (src/sysctl/sysctl.c) to classify them. Tests hold
 * {@link SysctlSyntax} against it, line for line.
 */
final class SystemdParseFile {

    record Line(int number, String key, String value, boolean ignoreFailure) {
    }

    final List<Line> entries = new ArrayList<>();
    final List<Integer> notAssignments = new ArrayList<>();
    boolean tooLong;

    private static final int EOL_NONE = 0;
    private static final int EOL_ZERO = 1;
    private static final int EOL_TEN = 2;
    private static final int EOL_THIRTEEN = 4;

    static SystemdParseFile parse(String text) {
        SystemdParseFile r = new SystemdParseFile();
        int[] at = {0};
        int c = 0;
        while (true) {
            StringBuilder l = new StringBuilder();
            int k = readLine(text, at, l);
            if (k == 0) {
                break;
            }
            if (k < 0) {
                r.tooLong = true;
                break;
            }
            c++;
            String p = strstrip(l.toString());
            if (p.isEmpty() || "#;\n".indexOf(p.charAt(0)) >= 0) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq >= 0) {
                boolean ignore = false;
                if (p.charAt(0) == '-') {
                    ignore = true;
                    p = p.substring(1);
                    eq--;
                }
                r.entries.add(new Line(c, strstrip(p.substring(0, eq)), strstrip(p.substring(eq + 1)), ignore));
            } else if (p.charAt(0) == '-') {
                r.entries.add(new Line(c, strstrip(p.substring(1)), null, false));
            } else {
                r.notAssignments.add(c);
            }
        }
        return r;
    }

    /** Bytes consumed (0 at the end), or -1 for ENOBUFS. */
    private static int readLine(String text, int[] at, StringBuilder out) {
        int previous = EOL_NONE;
        int count = 0;
        int n = 0;
        while (true) {
            if (n >= SysctlSyntax.LONG_LINE_MAX) {
                return -1;
            }
            if (at[0] >= text.length()) {
                break;
            }
            char ch = text.charAt(at[0]);
            int eol = ch == '\n' ? EOL_TEN : ch == '\r' ? EOL_THIRTEEN : ch == '\0' ? EOL_ZERO : EOL_NONE;
            if ((previous & EOL_ZERO) != 0 || (eol == EOL_NONE && previous != EOL_NONE)
                    || (eol != EOL_NONE && (previous & eol) != 0)) {
                break;
            }
            at[0]++;
            count++;
            if (eol != EOL_NONE) {
                previous |= eol;
                continue;
            }
            out.append(ch);
            n++;
        }
        return count;
    }

    static String strstrip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && " \t\n\r".indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && " \t\n\r".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }
}
