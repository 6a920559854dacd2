package dev.headroom.model.httpd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import dev.headroom.source.Fnmatch;
import dev.headroom.source.RootedFs;

/**
 * Which files an {@code Include} or {@code IncludeOptional} reads, in httpd's order
 * ({@code server/config.c} ap_process_fnmatch_configs, {@code util.c} ap_dir_fnmatch and
 * ap_dir_nofnmatch; shared/domain.md A.9): wildcards in any component, each level sorted by
 * strcmp; a directory, named or matched, is included whole and recursively, dotfiles too; a
 * middle wildcard component only matches directories. IncludeOptional ignores what is missing.
 */
final class IncludePaths {

    private static final int MAX_DIR_DEPTH = 128;
    /** Directory entries looked at for one Include before giving up (symlink fans, huge trees). */
    private static final int MAX_ENTRIES = 200_000;

    private final RootedFs fs;
    private final Consumer<String> error;
    /** Real directories being included, to stop at a symlink pointing back up the tree. */
    private final java.util.Set<java.nio.file.Path> open = new java.util.HashSet<>();
    private int entries;

    /** @param error receives httpd's message for each failure */
    IncludePaths(RootedFs fs, Consumer<String> error) {
        this.fs = fs;
        this.error = error;
    }

    /** The files to read, in order, for an absolute server path. */
    List<String> expand(String path, boolean optional) {
        List<String> comps = new ArrayList<>();
        for (String c : path.split("/")) {
            if (!c.isEmpty() && !c.equals(".")) {
                comps.add(c);
            }
        }
        List<String> out = new ArrayList<>();
        if (!Fnmatch.isPattern(path)) {
            plain("/" + String.join("/", comps), optional, 0, out);
        } else {
            wild("", comps, 0, optional, out);
        }
        return out;
    }

    /** A path with no wildcard: a file, or a directory included whole and recursively. */
    private void plain(String path, boolean optional, int depth, List<String> out) {
        java.nio.file.Path real;
        try {
            real = fs.resolve(path);
        } catch (IOException e) {
            error.accept("Could not open configuration file " + path + ": " + e.getMessage());
            return;
        }
        if (fs.isDirectory(path)) {
            if (!open.add(real)) {
                // The kernel gives up on such a path with ELOOP; httpd reports it.
                error.accept("Could not open config directory " + path
                        + ": Too many levels of symbolic links");
                return;
            }
            try {
                directory(path, depth, out);
            } finally {
                open.remove(real);
            }
            return;
        }
        if (!fs.exists(path)) {
            // IncludeOptional ignores a missing file since 2.4.30 (PR 57585).
            if (!optional) {
                error.accept("Could not open configuration file " + path + ": No such file or directory");
            }
            return;
        }
        out.add(path);
    }

    private void directory(String path, int depth, List<String> out) {
        if (depth + 1 > MAX_DIR_DEPTH) {
            error.accept("Directory " + path + " exceeds the maximum include directory nesting "
                    + "level of 128. You have probably a recursion somewhere.");
            return;
        }
        List<String> names;
        try {
            names = fs.list(path);
        } catch (IOException e) {
            error.accept("Could not open config directory " + path + ": " + e.getMessage());
            return;
        }
        entries += names.size();
        if (entries > MAX_ENTRIES) {
            error.accept("Include of " + path + " looks at more than " + MAX_ENTRIES
                    + " directory entries; headroom stops there");
            return;
        }
        List<String> full = new ArrayList<>();
        for (String n : names) {
            full.add(join(path, n));
        }
        Collections.sort(full);
        for (String f : full) {
            plain(f, false, depth + 1, out);
        }
    }

    private void wild(String prefix, List<String> comps, int i, boolean optional, List<String> out) {
        if (i == comps.size()) {
            plain(prefix.isEmpty() ? "/" : prefix, optional, 0, out);
            return;
        }
        String c = comps.get(i);
        if (!Fnmatch.isPattern(c)) {
            wild(prefix + "/" + c, comps, i + 1, optional, out);
            return;
        }
        boolean last = i == comps.size() - 1;
        String dir = prefix.isEmpty() ? "/" : prefix;
        List<String> names;
        try {
            names = fs.list(dir);
        } catch (IOException e) {
            if (!optional) {
                error.accept("Include/IncludeOptional: Could not open directory " + dir
                        + ": No such file or directory");
            }
            return;
        }
        List<String> matches = new ArrayList<>();
        for (String n : names) {
            if (Fnmatch.matches(c, n)) {
                String full = join(dir, n);
                if (last || fs.isDirectory(full)) {
                    matches.add(full);
                }
            }
        }
        if (matches.isEmpty()) {
            if (!optional && last) {
                error.accept("Include/IncludeOptional: No matches for the wildcard '" + c + "' in '"
                        + dir + "', failing");
            }
            return;
        }
        Collections.sort(matches);
        for (String m : matches) {
            if (last) {
                plain(m, optional, 0, out);
            } else {
                wild(m, comps, i + 1, optional, out);
            }
        }
    }

    static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
