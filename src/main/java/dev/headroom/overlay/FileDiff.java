package dev.headroom.overlay;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The old and new bytes of one server file, printed as a unified diff (java-diff-utils, three
 * lines of context, {@code a/} and {@code b/} prefixes, {@code /dev/null} for a new file). Bytes
 * are read as ISO-8859-1 so that no byte is lost or replaced.
 *
 * @param path root-relative path as the daemon reads it
 * @param old  the current content, or null when the file is new
 */
record FileDiff(String path, byte[] old, byte[] now) {

    String unified() {
        List<String> before = lines(old);
        List<String> after = lines(now);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff(
                old == null ? "/dev/null" : "a/" + path, "b/" + path, before, patch, 3);
        StringBuilder sb = new StringBuilder();
        for (String line : out) {
            if (old == null && line.startsWith("@@ -1,0 ")) {
                // java-diff-utils numbers an empty original from 1; diff(1), git and patch(1) use -0,0.
                line = "@@ -0,0 " + line.substring("@@ -1,0 ".length());
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static List<String> lines(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return List.of();
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return Arrays.asList(text.split("\n", -1));
    }

    boolean sameAs(FileDiff o) {
        return path.equals(o.path) && Arrays.equals(old, o.old) && Arrays.equals(now, o.now);
    }
}
