package dev.headroom.model.mysql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.source.Origin;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Reads option files as {@code search_default_file_with_ext()} of {@code mysys/my_default.c}
 * does (MariaDB 10.11; checked with {@code my_print_defaults}), keeping every option of every
 * group in reading order and every problem instead of stopping at the first:
 * <ul>
 * <li>a world-writable regular file is ignored ("Warning: World-writable config file '%s' is ignored");</li>
 * <li>lines are what {@code fgets} with a 4095-byte buffer gives: at most 4094 bytes, so a longer
 * line is read as several; a NUL ends what is seen of a line;</li>
 * <li>each file starts outside any group: an option before the file's first {@code [group]} is fatal;</li>
 * <li>{@code !include FILE} reads FILE where it stands, silently nothing when it does not exist;
 * {@code !includedir DIR} reads DIR's entries ending {@code .cnf}, sorted (MY_WANT_SORT: strcmp),
 * and a DIR that cannot be read is fatal ("Can't read dir of");</li>
 * <li>at include depth 10 the directives are skipped with a warning, so a file including itself
 * is read 11 times (harmless: the options repeat).</li>
 * </ul>
 */
final class OptionFileReader {

    /** my_default.c {@code max_recursion_level}. */
    static final int MAX_RECURSION = 10;
    /** {@code fgets(buff, sizeof(buff) - 1, fp)} with {@code char buff[4096]}. */
    static final int LINE_BYTES = 4094;
    /** Files headroom reads before it stops (includes fanning out). */
    static final int MAX_READS = 1000;

    private final RootedFs fs;
    private final List<SourceFile> files = new ArrayList<>();
    private final Map<String, SourceFile> cache = new HashMap<>();
    private final List<MysqlOption> options = new ArrayList<>();
    private final List<MysqlProblem> problems = new ArrayList<>();
    private int reads;

    OptionFileReader(RootedFs fs) {
        this.fs = fs;
    }

    List<SourceFile> files() {
        return files;
    }

    List<MysqlOption> options() {
        return options;
    }

    List<MysqlProblem> problems() {
        return problems;
    }

    /**
     * Reads one file and what it includes.
     *
     * @param includedAt the directive naming it, or null for a file of the search path
     * @return false when the file does not exist (the caller says whether that matters)
     */
    boolean read(String path, List<String> via, int level, Origin includedAt) {
        if (!fs.exists(path)) {
            return false;
        }
        Origin fileOrigin = new Origin(fs.display(path), 0, 0, via);
        Origin at = includedAt == null ? fileOrigin : includedAt;
        if (fs.isDirectory(path)) {
            // fopen() of a directory succeeds and fgets() gives nothing.
            return true;
        }
        if (worldWritable(path)) {
            problems.add(new MysqlProblem(MysqlProblem.Kind.WORLD_WRITABLE, at,
                    "World-writable config file '" + fs.display(path) + "' is ignored — chmod o-w it"));
            return true;
        }
        if (++reads > MAX_READS) {
            if (reads == MAX_READS + 1) {
                problems.add(new MysqlProblem(MysqlProblem.Kind.READ_LIMIT, at,
                        "includes bring in more than " + MAX_READS + " files; headroom reads no more of them"));
            }
            return true;
        }
        SourceFile source = cache.get(path);
        if (source == null) {
            try {
                source = fs.read(path);
            } catch (IOException e) {
                problems.add(new MysqlProblem(MysqlProblem.Kind.FILE_UNREADABLE, at,
                        fs.display(path) + ": " + e.getMessage()));
                return true;
            }
            cache.put(path, source);
            files.add(source);
        }
        if (source.looksBinary()) {
            problems.add(new MysqlProblem(MysqlProblem.Kind.FILE_BINARY, at,
                    fs.display(path) + " is binary data, not an option file"));
            return true;
        }
        List<String> inner = new ArrayList<>(via);
        inner.add(source.display());
        readLines(source, via, inner, level);
        return true;
    }

    private void readLines(SourceFile source, List<String> via, List<String> inner, int level) {
        String text = source.text();
        String group = null;
        int lineNo = 0;
        int start = 0;
        boolean splitReported = false;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            if (end - start > LINE_BYTES) {
                end = start + LINE_BYTES;
            }
            lineNo++;
            String buf = text.substring(start, end);
            boolean whole = buf.endsWith("\n") || end == text.length();
            if (!whole && !splitReported) {
                splitReported = true;
                problems.add(new MysqlProblem(MysqlProblem.Kind.LINE_SPLIT, new Origin(source.display(), lineNo, 1, via),
                        "line longer than " + LINE_BYTES + " bytes: the server reads the rest as the next line"));
            }
            int nul = buf.indexOf('\0');
            String seen = nul < 0 ? buf : buf.substring(0, nul);
            group = readLine(OptionLine.read(seen), source.display(), lineNo, via, inner, level, group, seen);
            start = end;
        }
    }

    /** @return the group after this line */
    private String readLine(OptionLine l, String display, int lineNo, List<String> via, List<String> inner,
            int level, String group, String text) {
        Origin at = new Origin(display, lineNo, l.column(), via);
        switch (l.type()) {
            case GROUP:
                return l.text();
            case BAD_GROUP:
                problems.add(new MysqlProblem(MysqlProblem.Kind.BAD_GROUP, at,
                        "Wrong group definition in config file: '[' without ']'"));
                return group;
            case INCLUDE:
            case INCLUDEDIR:
            case BAD_DIRECTIVE:
            case UNKNOWN_DIRECTIVE:
                if (level >= MAX_RECURSION) {
                    problems.add(new MysqlProblem(MysqlProblem.Kind.INCLUDE_TOO_DEEP, at, "skipping '" + text.strip()
                            + "' directive as maximum include recursion level was reached"));
                    return group;
                }
                directive(l, at, inner, level);
                return group;
            case NO_NAME:
            case OPTION:
                if (group == null) {
                    problems.add(new MysqlProblem(MysqlProblem.Kind.OPTION_WITHOUT_GROUP, at,
                            "Found option without preceding group in config file — add [mysqld] (or the group meant) above it"));
                    return null;
                }
                if (l.type() == OptionLine.Type.NO_NAME) {
                    problems.add(new MysqlProblem(MysqlProblem.Kind.NO_NAME, at,
                            "an option with no name before '=': the server does not know it"));
                } else {
                    options.add(new MysqlOption(group, l.text(), l.value(), at));
                }
                return group;
            default:
                return group;
        }
    }

    private void directive(OptionLine l, Origin at, List<String> inner, int level) {
        switch (l.type()) {
            case BAD_DIRECTIVE:
                problems.add(new MysqlProblem(MysqlProblem.Kind.BAD_DIRECTIVE, at,
                        "Wrong '!" + l.text() + "' directive in config file: it names nothing"));
                return;
            case UNKNOWN_DIRECTIVE:
                problems.add(new MysqlProblem(MysqlProblem.Kind.UNKNOWN_DIRECTIVE, at,
                        "'" + l.text() + "' is neither !include nor !includedir (each needs a blank after it): skipped"));
                return;
            default:
        }
        if (l.truncated()) {
            problems.add(new MysqlProblem(MysqlProblem.Kind.DIRECTIVE_TRUNCATED, at, "the file does not end with a"
                    + " newline, so the server drops the last character of this line and reads '" + l.text()
                    + "' — add a newline"));
        }
        // A relative name is taken from the working directory, / for a server started by systemd.
        String arg = l.text().startsWith("/") ? l.text() : "/" + l.text();
        if (l.type() == OptionLine.Type.INCLUDE) {
            if (!read(arg, inner, level + 1, at)) {
                problems.add(new MysqlProblem(MysqlProblem.Kind.INCLUDE_MISSING, at,
                        "!include " + arg + ": no such file; the server skips it without a word"));
            }
            return;
        }
        List<String> names;
        try {
            names = fs.isDirectory(arg) ? fs.list(arg) : null;
        } catch (IOException e) {
            names = null;
        }
        if (names == null) {
            problems.add(new MysqlProblem(MysqlProblem.Kind.INCLUDEDIR_UNREADABLE, at,
                    "Can't read dir of '" + arg + "' (Errcode: 2 \"No such file or directory\"): the server does not start"));
            return;
        }
        Collections.sort(names);
        for (String n : names) {
            int dot = n.lastIndexOf('.');
            if (dot >= 0 && n.substring(dot).equals(".cnf")) {
                read(arg.endsWith("/") ? arg + n : arg + "/" + n, inner, level + 1, at);
            }
        }
    }

    private boolean worldWritable(String path) {
        try {
            Path real = fs.resolve(path);
            return Files.isRegularFile(real) && Files.getPosixFilePermissions(real, LinkOption.NOFOLLOW_LINKS)
                    .contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
