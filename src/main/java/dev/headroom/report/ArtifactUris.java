package dev.headroom.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF artifact locations for the file names findings carry. A relative name (the usual case:
 * relative to {@code --root}, or to the working directory when files were named inside the root)
 * becomes a relative URI on the base id {@code %SRCROOT%}, which GitHub code scanning resolves
 * against the checkout; a name starting with {@code /} is a path on the server, so it becomes an
 * absolute {@code file:} URI under the root. URIs are percent-encoded (RFC 3986) from UTF-8.
 */
public final class ArtifactUris {

    /** The base id of relative URIs; the name GitHub's documentation and most tools use. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private final Path base;
    private final Path root;

    /**
     * @param base the directory relative names are relative to
     * @param root the server's root, for names starting with {@code /}
     */
    public ArtifactUris(Path base, Path root) {
        this.base = base.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
    }

    /** The {@code artifactLocation} object for a file name as findings give it. */
    public Map<String, Object> location(String file) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (file.startsWith("/")) {
            m.put("uri", fileUri(root.toString() + file));
        } else {
            m.put("uri", encode(file));
            m.put("uriBaseId", SRCROOT);
        }
        return m;
    }

    /** {@code originalUriBaseIds}: where {@code %SRCROOT%} was on this machine (an absolute URI ending in /). */
    public Map<String, Object> originalUriBaseIds() {
        String dir = base.toString();
        Map<String, Object> srcroot = new LinkedHashMap<>();
        srcroot.put("uri", fileUri(dir.endsWith("/") ? dir : dir + "/"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(SRCROOT, srcroot);
        return m;
    }

    private static String fileUri(String absolute) {
        String p = absolute.replaceAll("/{2,}", "/");
        return "file://" + encode(p);
    }

    /** Percent-encodes everything but unreserved characters and the slashes between segments. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c == '/' || UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
