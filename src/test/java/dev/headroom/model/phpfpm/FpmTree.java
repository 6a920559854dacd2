package dev.headroom.model.phpfpm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.headroom.source.RootedFs;

/** A server tree for php-fpm tests: files written one char per byte, read back through the reader. */
final class FpmTree {

    private final Path root;

    FpmTree(Path root) {
        this.root = root;
    }

    FpmTree write(String serverPath, String text) throws IOException {
        Path p = root.resolve(serverPath.substring(1));
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A Debian 8.2 master including pool.d/*.conf. */
    FpmTree debian(String... pools) throws IOException {
        write("/etc/php/8.2/fpm/php-fpm.conf", "[global]\npid = /run/php/php8.2-fpm.pid\n"
                + "include=/etc/php/8.2/fpm/pool.d/*.conf\n");
        for (int i = 0; i < pools.length; i++) {
            write("/etc/php/8.2/fpm/pool.d/p" + i + ".conf", pools[i]);
        }
        return this;
    }

    PhpFpmSetup read() {
        return PhpFpmReader.read(new RootedFs(root));
    }

    /** The one master's pool of that name. */
    PhpFpmPool pool(String name) {
        return read().pools().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    static List<String> messages(PhpFpmSetup s) {
        return s.problems().stream().map(PhpFpmProblem::toString).collect(Collectors.toList());
    }

    static List<PhpFpmProblem.Kind> kinds(PhpFpmSetup s) {
        return s.problems().stream().map(PhpFpmProblem::kind).collect(Collectors.toList());
    }

    /** A pool that passes every check, with the lines given added. */
    static String pool(String name, String lines) {
        return "[" + name + "]\nuser = www-data\nlisten = /run/php/" + name + ".sock\n" + lines;
    }
}
