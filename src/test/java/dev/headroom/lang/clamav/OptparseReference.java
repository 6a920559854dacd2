package dev.headroom.lang.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A second, literal transcription of optparse()'s line loop (ClamAV {@code common/optparser.c}
 * rel/1.4, L978–1042), written the C way over a NUL-terminated byte buffer, to check
 * {@link ClamSyntax} against: each read becomes {@code N: name [argument]} or
 * {@code N: KIND [name]}. Unlike ClamAV it goes on after a fatal line, as ClamSyntax does.
 */
final class OptparseReference {

    private OptparseReference() {
    }

    static List<String> read(String text) {
        byte[] file = text.getBytes(StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        int pos = 0;
        int line = 0;
        byte[] buffer = new byte[1024];
        while (true) {
            // fgets(buffer, sizeof(buffer), fs)
            if (pos >= file.length) {
                break;
            }
            int n = 0;
            while (n < buffer.length - 1 && pos < file.length) {
                byte c = file[pos++];
                buffer[n++] = c;
                if (c == '\n') {
                    break;
                }
            }
            buffer[n] = 0;

            int buff = 0;
            int i;
            for (i = 0; i < strlen(buffer, buff) - 1 && (buffer[buff + i] == ' ' || buffer[buff + i] == '\t'); i++) {
                // skip
            }
            buff += i;
            line++;
            if (strlen(buffer, buff) <= 2 || buffer[buff] == '#') {
                continue;
            }
            if (strncmp("Example", buffer, buff, 7) == 0) {
                out.add(line + ": EXAMPLE_LINE");
                continue;
            }
            int pt = strpbrk(buffer, buff);
            if (pt < 0) {
                out.add(line + ": MISSING_ARGUMENT");
                continue;
            }
            int name = buff;
            buffer[pt++] = 0;
            for (i = 0; i < strlen(buffer, pt) - 1 && (buffer[pt + i] == ' ' || buffer[pt + i] == '\t'); i++) {
                // skip
            }
            pt += i;
            for (i = strlen(buffer, pt); i >= 1
                    && (buffer[pt + i - 1] == ' ' || buffer[pt + i - 1] == '\t' || buffer[pt + i - 1] == '\n'); i--) {
                // trim
            }
            if (i == 0) {
                out.add(line + ": MISSING_ARGUMENT");
                continue;
            }
            buffer[pt + i] = 0;
            int arg = pt;
            if (buffer[arg] == '"') {
                arg++;
                pt++;
                pt = strrchr(buffer, pt, (byte) '"');
                if (pt < 0) {
                    out.add(line + ": MISSING_CLOSING_QUOTE " + cstr(buffer, name));
                    continue;
                }
                buffer[pt] = 0;
                if (strlen(buffer, arg) == 0) {
                    out.add(line + ": EMPTY_ARGUMENT " + cstr(buffer, name));
                    continue;
                }
            }
            out.add(line + ": " + cstr(buffer, name) + " [" + cstr(buffer, arg) + "]");
        }
        return out;
    }

    /** The same, from what ClamSyntax found. */
    static List<String> of(ClamSyntax s) {
        List<Object[]> events = new ArrayList<>();
        for (ClamEntry e : s.entries()) {
            events.add(new Object[] {e.readerLine(), e.readerLine() + ": " + e.name() + " [" + e.argument() + "]"});
        }
        for (ClamProblem p : s.problems()) {
            if (p.severity() == ClamProblem.Severity.ERROR) {
                events.add(new Object[] {p.readerLine(),
                    p.readerLine() + ": " + p.kind() + (p.option() != null ? " " + p.option() : "")});
            }
        }
        events.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        List<String> out = new ArrayList<>();
        for (Object[] e : events) {
            out.add((String) e[1]);
        }
        return out;
    }

    static void assertAgrees(String text, ClamSyntax s, String label) {
        assertThat(of(s)).as("%s: ClamSyntax against the transcription of optparse()", label)
                .isEqualTo(read(text));
    }

    private static int strlen(byte[] b, int from) {
        int i = from;
        while (b[i] != 0) {
            i++;
        }
        return i - from;
    }

    private static int strncmp(String s, byte[] b, int from, int n) {
        for (int i = 0; i < n; i++) {
            int c1 = i < s.length() ? s.charAt(i) : 0;
            int c2 = b[from + i] & 0xff;
            if (c1 != c2) {
                return c1 - c2;
            }
            if (c1 == 0) {
                return 0;
            }
        }
        return 0;
    }

    /** strpbrk(b + from, " \t"). */
    private static int strpbrk(byte[] b, int from) {
        for (int i = from; b[i] != 0; i++) {
            if (b[i] == ' ' || b[i] == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static int strrchr(byte[] b, int from, byte c) {
        int found = -1;
        for (int i = from; b[i] != 0; i++) {
            if (b[i] == c) {
                found = i;
            }
        }
        return found;
    }

    private static String cstr(byte[] b, int from) {
        return new String(b, from, strlen(b, from), StandardCharsets.ISO_8859_1);
    }
}
