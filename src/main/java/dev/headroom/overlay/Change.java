package dev.headroom.overlay;

import java.util.Arrays;
import java.util.Objects;

/**
 * One proposed fix: the complete new bytes of a server file. A change to a file that does not
 * exist creates it (a systemd drop-in, an httpd {@code 10-mpm-tuning.conf}).
 *
 * @param path    the server path, absolute ({@code /etc/httpd/conf.modules.d/00-mpm.conf})
 * @param content the complete new content
 * @param why     one line for people: the finding this change answers
 */
public record Change(String path, byte[] content, String why) {

    public Change {
        Objects.requireNonNull(path, "path");
        content = content.clone();
        why = why == null ? "" : why;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change c && c.path.equals(path) && Arrays.equals(c.content, content) && c.why.equals(why);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Change[" + path + ", " + content.length + " bytes, " + why + "]";
    }
}
