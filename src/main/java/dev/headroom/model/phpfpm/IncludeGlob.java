package dev.headroom.model.phpfpm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.headroom.source.Fnmatch;
import dev.headroom.source.RootedFs;

/**
 * The files an {@code include=} pattern names, as {@code fpm_conf_ini_parser_include()} finds
 * them with {@code glob(3)} ({@code GLOB_ERR | GLOB_MARK}): wildcards in any component, none
 * matching a leading dot, middle components only directories, the whole list sorted; a
 * directory that matches is skipped, not read. A pattern without wildcards names its path when
 * it exists. Nothing matching is php-fpm's "Nothing matches the include pattern" WARNING, not
 * an error.
 */
final class IncludeGlob {

    /** Directory entries looked at for one pattern before headroom gives up. */
    static final int MAX_ENTRIES = 100_000;

    private final RootedFs fs;
    private int entries;

    IncludeGlob(RootedFs fs) {
        this.fs = fs;
    }

    /** The regular files to read, sorted; empty when nothing matches. */
    List<String> files(String absolutePattern) {
        List<String> comps = new ArrayList<>();
        for (String c : absolutePattern.split("/")) {
            if (!c.isEmpty()) {
                comps.add(c);
            }
        }
        List<String> out = new ArrayList<>();
        expand("", comps, 0, out);
        Collections.sort(out);
        return out;
    }

    private void expand(String prefix, List<String> comps, int i, List<String> out) {
        if (i == comps.size()) {
            String path = prefix.isEmpty() ? "/" : prefix;
            if (fs.exists(path) && !fs.isDirectory(path)) {
                out.add(path);
            }
            return;
        }
        String c = comps.get(i);
        if (!Fnmatch.isPattern(c)) {
            expand(prefix + "/" + c, comps, i + 1, out);
            return;
        }
        String dir = prefix.isEmpty() ? "/" : prefix;
        List<String> names;
        try {
            names = fs.list(dir);
        } catch (IOException e) {
            return;
        }
        entries += names.size();
        if (entries > MAX_ENTRIES) {
            return;
        }
        for (String n : names) {
            if (!n.equals(".") && !n.equals("..") && Fnmatch.matches(c, n)) {
                String full = prefix + "/" + n;
                if (i + 1 == comps.size() || fs.isDirectory(full)) {
                    expand(full, comps, i + 1, out);
                }
            }
        }
    }
}
