package dev.headroom.model.mysql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;

import dev.headroom.source.RootedFs;

/** A server tree for MySQL tests: files written one char per byte, mode 0644 as packages leave them. */
final class MyTree {

    private final Path root;

    MyTree(Path root) {
        this.root = root;
    }

    MyTree write(String serverPath, String text) throws IOException {
        Path p = root.resolve(serverPath.substring(1));
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        return this;
    }

    MyTree mkdir(String serverPath) throws IOException {
        Files.createDirectories(root.resolve(serverPath.substring(1)));
        return this;
    }

    Path path(String serverPath) {
        return root.resolve(serverPath.substring(1));
    }

    MysqlConfig read() {
        return MysqlReader.read(new RootedFs(root));
    }

    /** A Debian-style /etc/mysql/my.cnf holding the text. */
    MysqlConfig my(String text) throws IOException {
        write("/etc/mysql/my.cnf", text);
        return read();
    }

    /** {@code name=value} of the server's options, in reading order (as my_print_defaults --mysqld prints them). */
    static List<String> server(MysqlConfig c) {
        return c.serverOptions().stream().map(o -> o.value() == null ? o.name() : o.name() + "=" + o.value())
                .collect(Collectors.toList());
    }

    static List<String> problems(MysqlConfig c) {
        return c.problems().stream().map(MysqlProblem::toString).collect(Collectors.toList());
    }

    static List<MysqlProblem.Kind> kinds(MysqlConfig c) {
        return c.problems().stream().map(MysqlProblem::kind).collect(Collectors.toList());
    }
}
