package dev.headroom.overlay.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code apache2 -t} on a Debian layout ({@code ROOT/etc/apache2}), with Debian's
 * {@code envvars} sourced as {@code apache2ctl} does; {@code httpd -t} on a RHEL layout when
 * that binary is installed. Other layouts are not checked.
 */
final class HttpdChecker implements Checker {

    @Override
    public String name() {
        return "apache2 -t";
    }

    @Override
    public boolean concerns(List<String> changed) {
        return changed.stream().anyMatch(f -> f.startsWith("/etc/apache2/") || f.startsWith("/etc/httpd/"));
    }

    @Override
    public List<String> messages(Path root, List<String> changed) {
        boolean debian = changed.stream().anyMatch(f -> f.startsWith("/etc/apache2/"));
        if (debian) {
            Path apache2 = Programs.find("apache2");
            Path dir = root.resolve("etc/apache2");
            if (apache2 == null || !Files.isRegularFile(dir.resolve("apache2.conf"))) {
                return null;
            }
            String envvars = Files.isRegularFile(dir.resolve("envvars")) ? ". '" + dir.resolve("envvars") + "'; " : "";
            return Programs.run(List.of("/bin/sh", "-c", envvars + "exec '" + apache2 + "' -t -d '" + dir
                    + "' -f '" + dir.resolve("apache2.conf") + "'"), root);
        }
        Path httpd = Programs.find("httpd");
        Path dir = root.resolve("etc/httpd");
        if (httpd == null || !Files.isRegularFile(dir.resolve("conf/httpd.conf"))) {
            return null;
        }
        return Programs.run(List.of(httpd.toString(), "-t", "-d", dir.toString(), "-f", "conf/httpd.conf"), root);
    }
}
