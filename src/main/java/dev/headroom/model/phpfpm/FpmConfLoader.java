package dev.headroom.model.phpfpm;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.headroom.source.Origin;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Reads one php-fpm master configuration and its includes the way {@code fpm_conf_load_ini_file()}
 * and the parser callbacks of php-src {@code sapi/fpm/fpm/fpm_conf.c} do, keeping every
 * problem instead of stopping at the first:
 * <ul>
 * <li>a file is read line by line up to each {@code \n}; a NUL ends the line (the INI parser gets
 * a C string), a CR ends a statement (the INI scanner's newline);</li>
 * <li>{@code [global]} (any case) goes back to the global section; a section named like an earlier
 * pool (any case) goes back to that pool; anything else starts a pool; entries before any
 * section are global;</li>
 * <li>{@code include=} (the name exactly so, in any section) is followed at once: a relative
 * pattern is put after the prefix (php-fpm's {@code -p}, else the compiled-in PHP_PREFIX), then
 * globbed ({@link IncludeGlob}); a sixth nested file is "failed to include more than 5 files
 * recursively", an error;</li>
 * <li>an entry name is looked up without regard to case; a later value replaces an earlier one;
 * {@code $pool} in a pool's string value becomes the pool's name.</li>
 * </ul>
 */
final class FpmConfLoader {

    /** php-fpm's {@code ini_recursion++ > 4}: the master and four levels of includes. */
    static final int MAX_DEPTH = 5;
    /** Files headroom reads for one master before it stops (includes fanning out). */
    static final int MAX_FILES = 512;
    private static final List<String> ARRAYS = List.of("env", "php_value", "php_admin_value", "php_flag",
            "php_admin_flag", "access.suppress_path");

    private final RootedFs fs;
    private final String prefix;
    private final IncludeGlob glob;
    private final List<SourceFile> files;
    private final List<PhpFpmProblem> problems = new ArrayList<>();
    private final Map<String, PoolDraft> pools = new LinkedHashMap<>();
    private final Map<String, PoolDraft.Entry> global = new LinkedHashMap<>();
    private PoolDraft current;
    private int loads;
    private boolean limitReported;

    /**
     * @param prefix the install prefix relative includes resolve against
     * @param files  receives every file read
     */
    FpmConfLoader(RootedFs fs, String prefix, List<SourceFile> files) {
        this.fs = fs;
        this.prefix = prefix;
        this.glob = new IncludeGlob(fs);
        this.files = files;
    }

    PhpFpmMaster load(String masterPath) {
        load(masterPath, List.of(), 1, null);
        List<PhpFpmPool> checked = new ArrayList<>();
        if (pools.isEmpty()) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.NO_POOL, Origin.file(fs.display(masterPath)),
                    "No pool defined. at least one pool section must be specified in config file"));
        }
        for (PoolDraft d : pools.values()) {
            checked.add(PoolCheck.check(d, problems));
        }
        PoolDraft.Entry max = global.get("process.max");
        PoolSetting<Integer> processMax = max == null ? PoolSetting.byDefault(0)
                : new PoolSetting<>(FpmNumbers.atoi(max.text()), max.text(), max.origin());
        return new PhpFpmMaster(fs.display(masterPath), prefix, checked, processMax, problems);
    }

    /**
     * @param via        the files that brought this one in, outermost first
     * @param includedAt the include line, or null for the master
     */
    private void load(String path, List<String> via, int depth, Origin includedAt) {
        Origin fileOrigin = new Origin(fs.display(path), 0, 0, via);
        if (depth > MAX_DEPTH) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.INCLUDE_FAILED, includedAt,
                    "failed to include more than 5 files recursively: " + fs.display(path) + " is not read"));
            return;
        }
        if (++loads > MAX_FILES) {
            if (!limitReported) {
                limitReported = true;
                problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.READ_LIMIT, includedAt,
                        "includes bring in more than " + MAX_FILES + " files; headroom reads no more of them"));
            }
            return;
        }
        SourceFile source;
        try {
            source = fs.read(path);
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "No such file or directory" : e.getMessage();
            problems.add(new PhpFpmProblem(includedAt == null ? PhpFpmProblem.Kind.FILE_UNREADABLE
                    : PhpFpmProblem.Kind.INCLUDE_FAILED, includedAt == null ? fileOrigin : includedAt,
                    "failed to open configuration file '" + fs.display(path) + "': " + reason));
            return;
        }
        files.add(source);
        if (source.looksBinary()) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.FILE_BINARY, includedAt == null ? fileOrigin : includedAt,
                    fs.display(path) + " is binary data, not a configuration file"));
            return;
        }
        List<String> inner = new ArrayList<>(via);
        inner.add(source.display());
        String text = source.text();
        int lineNo = 0;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lineNo++;
            readLine(text.substring(start, end), source.display(), lineNo, via, inner, depth);
            start = end + 1;
        }
    }

    private void readLine(String line, String display, int lineNo, List<String> via, List<String> inner, int depth) {
        int nul = line.indexOf('\0');
        if (nul >= 0) {
            line = line.substring(0, nul);
        }
        int from = 0;
        while (from <= line.length()) {
            int cr = line.indexOf('\r', from);
            int to = cr < 0 ? line.length() : cr;
            FpmStatement s = ZendIniLine.read(line.substring(from, to));
            if (s.type() != FpmStatement.Type.NOTHING) {
                handle(s, new Origin(display, lineNo, from + s.column(), via), inner, depth);
            }
            if (cr < 0) {
                break;
            }
            from = cr + 1;
        }
    }

    private void handle(FpmStatement s, Origin at, List<String> inner, int depth) {
        switch (s.type()) {
            case PROBLEM:
                problems.add(new PhpFpmProblem(s.problemKind(), at, s.problem()));
                return;
            case SECTION:
                section(s.name(), at);
                return;
            case ARRAY_ENTRY:
                arrayEntry(s, at);
                return;
            default:
                if (s.name().equals("include")) {
                    include(s.value(), at, inner, depth);
                } else {
                    entry(s, at);
                }
        }
    }

    private void section(String name, Origin at) {
        if (name.equalsIgnoreCase("global")) {
            current = null;
            return;
        }
        current = pools.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new PoolDraft(name, at));
    }

    private void entry(FpmStatement s, Origin at) {
        FpmOptions.Type type = current == null ? FpmOptions.global(s.name()) : FpmOptions.pool(s.name());
        if (type == null) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.UNKNOWN_ENTRY, at, "unknown entry '" + s.name() + "'"
                    + (current == null && FpmOptions.pool(s.name()) != null ? " in [global]: it belongs in a pool" : "")));
            return;
        }
        String key = s.name().toLowerCase(Locale.ROOT);
        String value = s.value();
        String complaint = FpmOptions.check(type, value);
        if (complaint == null && type == FpmOptions.Type.STRING && value.contains("$pool")) {
            if (current == null) {
                problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.POOL_OUTSIDE_POOL, at,
                        "unable to parse value for entry '" + s.name() + "': Can't use '$pool' when the pool is not defined"));
                return;
            }
            value = value.replace("$pool", current.name);
        }
        if (s.computed() != null) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.VALUE_NOT_EVALUATED, at,
                    "'" + s.name() + "': " + s.computed() + "; headroom takes '" + value + "' as written"));
        }
        if (complaint != null) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.INVALID_VALUE, at,
                    "unable to parse value for entry '" + s.name() + "': " + complaint));
            if (current != null) {
                current.refuse(key);
            }
            return;
        }
        if (current == null) {
            global.put(key, new PoolDraft.Entry(value, at));
        } else {
            current.set(key, new PoolDraft.Entry(value, at));
        }
    }

    private void arrayEntry(FpmStatement s, Origin at) {
        String name = s.name();
        if (!ARRAYS.contains(name)) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.UNKNOWN_ENTRY, at, "unknown directive '" + name + "'"));
            return;
        }
        if (!name.equals("access.suppress_path") && s.key().isEmpty()) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.SYNTAX, at, "You must provide a key for field '" + name + "'"));
            return;
        }
        if (current == null) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.UNKNOWN_ENTRY, at, "Array are not allowed in the global section"));
            return;
        }
        String value = s.value();
        if (name.endsWith("_flag")) {
            String complaint = FpmOptions.check(FpmOptions.Type.BOOLEAN, value);
            if (complaint != null) {
                problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.INVALID_VALUE, at,
                        "error while parsing '" + name + "[" + s.key() + "]' : " + complaint));
                return;
            }
            value = value.equals("1") ? "1" : "0";
        } else {
            value = value.replace("$pool", current.name);
        }
        if (s.computed() != null) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.VALUE_NOT_EVALUATED, at,
                    "'" + name + "[" + s.key() + "]': " + s.computed() + "; headroom takes '" + value + "' as written"));
        }
        PoolDraft.ArrayEntry e = new PoolDraft.ArrayEntry(s.key(), value, at);
        if (name.startsWith("php_admin_")) {
            current.phpAdminValues.add(e);
        } else if (name.startsWith("php_")) {
            current.phpValues.add(e);
        }
    }

    private void include(String pattern, Origin at, List<String> inner, int depth) {
        // fpm_evaluate_full_path(): a relative path is put after the prefix, not the file's directory.
        String full = pattern.startsWith("/") ? pattern : prefix + "/" + pattern;
        List<String> matches = glob.files(full);
        if (matches.isEmpty()) {
            problems.add(new PhpFpmProblem(PhpFpmProblem.Kind.INCLUDE_NO_MATCH, at,
                    "Nothing matches the include pattern '" + full + "'" + (pattern.startsWith("/") ? ""
                            : " (relative, so taken from the prefix " + prefix + ")")));
            return;
        }
        // The including file then goes on in whatever section the included one ended in:
        // php-fpm's current pool is one global variable, which an include does not restore.
        for (String m : matches) {
            load(m, inner, depth + 1, at);
        }
    }
}
