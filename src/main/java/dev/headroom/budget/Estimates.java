package dev.headroom.budget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The documented process sizes used when nothing was measured ({@code estimates.properties}). */
final class Estimates {

    private static final String RESOURCE = "/dev/headroom/budget/estimates.properties";
    private static volatile Properties loaded;

    private Estimates() {
    }

    static long bytes(String key) {
        Properties p = loaded;
        if (p == null) {
            p = new Properties();
            try (InputStream in = Estimates.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded = p;
        }
        String v = p.getProperty(key + ".bytes");
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": no " + key + ".bytes");
        }
        return Long.parseLong(v.trim());
    }
}
