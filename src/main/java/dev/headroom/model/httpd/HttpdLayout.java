package dev.headroom.model.httpd;

import java.util.List;
import java.util.Map;

import dev.headroom.source.RootedFs;

/**
 * Where httpd's configuration starts on the common layouts: Debian's {@code apache2.conf}
 * (ServerRoot {@code /etc/apache2}, with {@code envvars}), RHEL/Fedora's
 * {@code conf/httpd.conf} (ServerRoot {@code /etc/httpd}) and the upstream default under
 * {@code /usr/local/apache2}.
 *
 * @param name       the service name on that layout
 * @param serverRoot the compiled-in ServerRoot
 * @param mainFile   the compiled-in configuration file
 */
public record HttpdLayout(String name, String serverRoot, String mainFile) {

    public static final List<HttpdLayout> KNOWN = List.of(
            new HttpdLayout("apache2", "/etc/apache2", "/etc/apache2/apache2.conf"),
            new HttpdLayout("httpd", "/etc/httpd", "/etc/httpd/conf/httpd.conf"),
            new HttpdLayout("httpd", "/usr/local/apache2", "/usr/local/apache2/conf/httpd.conf"));

    /** The first known layout present under the root, or null. */
    public static HttpdLayout discover(RootedFs fs) {
        for (HttpdLayout l : KNOWN) {
            if (fs.exists(l.mainFile) && !fs.isDirectory(l.mainFile)) {
                return l;
            }
        }
        return null;
    }

    /** The layout a lone file belongs to, judged by its path; else its own directory. */
    public static HttpdLayout forFile(String serverPath) {
        for (HttpdLayout l : KNOWN) {
            if (serverPath.startsWith(l.serverRoot + "/")) {
                return new HttpdLayout(l.name, l.serverRoot, serverPath);
            }
        }
        int slash = serverPath.lastIndexOf('/');
        String dir = slash > 0 ? serverPath.substring(0, slash) : "/";
        return new HttpdLayout("httpd", dir, serverPath);
    }

    /** Debian's apache2ctl sources envvars; other layouts start httpd with no extra variables. */
    public Map<String, String> environment(RootedFs fs) {
        if (serverRoot.startsWith("/etc/apache2")) {
            return Envvars.read(fs, serverRoot);
        }
        return Map.of();
    }
}
