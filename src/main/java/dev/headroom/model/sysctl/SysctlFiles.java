package dev.headroom.model.sysctl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.headroom.source.RootedFs;

/**
 * Which sysctl.d files a program reads, in which order: systemd's {@code conf_files_list_strv}
 * (src/basic/conf-files.c, with no flags, as systemd-sysctl calls it) or procps'
 * {@code PreloadSystem}; the differences are in {@link SysctlProgram}. Only names are compared
 * here; what each winning path leads to is the reader's business.
 */
final class SysctlFiles {

    /** A file to open, by its base name and the path in the directory that won it. */
    record Listed(String name, String path) {
    }

    /**
     * @param read       the winners, in the order they are read
     * @param overridden the losers, each naming its winner in {@link SysctlFile#detail()}
     */
    record Listing(List<Listed> read, List<SysctlFile> overridden) {
    }

    private SysctlFiles() {
    }

    static Listing list(RootedFs fs, SysctlProgram program) {
        // strcmp order of base names: the text is one char per byte, so String order is byte order.
        Map<String, Listed> winners = new TreeMap<>();
        List<SysctlFile> overridden = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String dir : program.directories()) {
            if (program.mergesAliasedDirectories() && !seen.add(real(fs, dir))) {
                continue;
            }
            List<String> names;
            try {
                names = fs.list(dir);
            } catch (IOException e) {
                // A missing directory is the normal case; an unreadable one is skipped by both
                // programs (systemd logs it at debug level, procps says nothing).
                continue;
            }
            names.sort(null);
            for (String name : names) {
                if (!name.endsWith(".conf") || (program.skipsHiddenFiles() && name.startsWith("."))) {
                    continue;
                }
                String path = dir + "/" + name;
                Listed winner = winners.get(name);
                if (winner != null) {
                    overridden.add(new SysctlFile(name, path, fs.display(path), SysctlFile.Status.OVERRIDDEN,
                            winner.path()));
                    continue;
                }
                winners.put(name, new Listed(name, path));
            }
        }
        return new Listing(List.copyOf(winners.values()), List.copyOf(overridden));
    }

    private static Path real(RootedFs fs, String dir) {
        try {
            return fs.resolve(dir);
        } catch (IOException e) {
            return fs.root().resolve(dir.substring(1));
        }
    }
}
