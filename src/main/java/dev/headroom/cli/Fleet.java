package dev.headroom.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hosts of {@code lint --hosts DIR}: every directory {@code DIR/NAME} is the snapshot root of
 * the host NAME, and {@code DIR/NAME.ini}, beside it, its facts file when there is one. The facts
 * stay outside the snapshot so that the snapshot is exactly the server's tree (rsync or
 * {@code tar} of /, nothing added). Hidden directories ({@code .git}, {@code .cache}) are not
 * hosts. Hosts are in name order (as {@link String#compareTo}, the C locale's {@code ls}).
 */
record Fleet(Path dir, List<Fleet.Host> hosts) {

    /** @param facts the host's facts file, or null when it has none */
    record Host(String name, Path root, Path facts) {
    }

    static final String FACTS_SUFFIX = ".ini";

    /** @throws IOException when DIR cannot be listed */
    static Fleet read(Path dir) throws IOException {
        List<Host> hosts = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(p)) {
                    continue;
                }
                Path facts = dir.resolve(name + FACTS_SUFFIX).normalize();
                hosts.add(new Host(name, p, Files.isRegularFile(facts) ? facts : null));
            }
        }
        hosts.sort(Comparator.comparing(Host::name));
        return new Fleet(dir, List.copyOf(hosts));
    }
}
