package dev.headroom.model.httpd;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.headroom.lang.httpd.ConfLine;
import dev.headroom.lang.httpd.ConfWords;
import dev.headroom.lang.httpd.HttpdSyntax;
import dev.headroom.model.httpd.HttpdEvent.Kind;
import dev.headroom.source.Origin;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Reads an httpd configuration as httpd 2.4 itself does ({@code server/config.c},
 * {@code server/core.c}; shared/domain.md §A): file by file, each file matched for containers
 * on its own; {@code Define}, {@code Include}, {@code LoadModule}, {@code ServerRoot} and the
 * {@code <If*>} conditionals executed while reading, in file order; a true conditional's body
 * read like the enclosing file, a false one soaked up line by line. Where httpd stops at the
 * first error, this goes on and records every problem as an {@link HttpdEvent}.
 */
public final class HttpdReader {

    private static final int MAX_FILES = 50_000;
    /** AP_MAX_INCLUDE_DEPTH (core.c). */
    private static final int MAX_INCLUDE_DEPTH = 128;
    /** Modules compiled into Debian's apache2 ({@code apache2 -l}): always loaded. */
    private static final List<String> BUILT_IN = List.of("core.c", "core_module", "mod_so.c",
            "so_module", "mod_watchdog.c", "watchdog_module", "http_core.c", "http_module",
            "mod_log_config.c", "log_config_module", "mod_logio.c", "logio_module",
            "mod_version.c", "version_module", "mod_unixd.c", "unixd_module");
    /**
     * The directives httpd executes while reading (EXEC_ON_READ), by name in any case, mapped to
     * their lower-case form; looked up without lower-casing every line.
     */
    private static final Map<String, String> EXEC_ON_READ = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String n : List.of("define", "undefine", "include", "includeoptional", "loadmodule",
                "serverroot", "<ifmodule", "<ifdefine", "<ifversion", "<iffile", "<ifdirective",
                "<ifsection")) {
            EXEC_ON_READ.put(n, n);
        }
    }

    /** Modules whose source file does not follow mod_NAME.c (checked on Debian's modules). */
    private static final Map<String, String> SOURCE_NAMES = Map.of("ldap_module", "util_ldap.c");
    /** The conditional sections, by lower-cased name, with the name httpd registers them under. */
    private static final Map<String, String> CONDITIONALS = Map.of("<ifmodule", "<IfModule",
            "<ifdefine", "<IfDefine", "<ifversion", "<IfVersion", "<iffile", "<IfFile",
            "<ifdirective", "<IfDirective", "<ifsection", "<IfSection");

    private final RootedFs fs;
    private final String serviceName;
    private final HttpdVersion version;
    private final Mpm assumeMpm;
    private final int onlineCores;
    private String serverRoot;
    private final Map<String, String> vars = new HashMap<>();
    private final Map<String, String> environment;
    private final Set<String> params = new HashSet<>();
    private final Set<String> modules = new LinkedHashSet<>(BUILT_IN);
    private final List<String> loadedModules = new ArrayList<>();
    private final List<Mpm> mpms = new ArrayList<>();
    private Origin mpmOrigin;
    private final List<HttpdDirective> directives = new ArrayList<>();
    /** One string per distinct directive name: thousands of vhosts repeat the same few. */
    private final Map<String, String> names = new HashMap<>();
    private final List<HttpdEvent> events = new ArrayList<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final Deque<String> includeChain = new ArrayDeque<>();
    private int filesRead;

    /**
     * @param environment variables the daemon's environment provides (Debian's envvars), looked
     *                    up after {@code Define}d ones, as httpd falls back to getenv
     * @param assumeMpm   for a lone fragment that loads no MPM: the MPM to check it against
     */
    public HttpdReader(RootedFs fs, String serviceName, String serverRoot,
            Map<String, String> environment, HttpdVersion version, Mpm assumeMpm, int onlineCores) {
        this.fs = fs;
        this.serviceName = serviceName;
        this.serverRoot = serverRoot;
        this.environment = environment;
        this.version = version;
        this.assumeMpm = assumeMpm;
        this.onlineCores = onlineCores;
        if (assumeMpm != null) {
            modules.add(assumeMpm.moduleId());
            modules.add(assumeMpm.sourceName());
        }
    }

    public HttpdConfig read(String mainFile) {
        readFile(mainFile, List.of(), null);
        MpmSettings mpm = null;
        boolean assumed = false;
        if (files.isEmpty()) {
            // The main file itself could not be read: nothing to check beyond saying so.
            return new HttpdConfig(serviceName, mainFile, fs.display(mainFile), List.of(),
                    List.of(), List.of(), null, false, null, List.copyOf(events));
        }
        if (mpms.isEmpty() && assumeMpm == null) {
            events.add(new HttpdEvent(Kind.NO_MPM, Origin.file(fs.display(mainFile)),
                    serviceName + ": Configuration error: No MPM loaded.", "AH00534"));
        } else if (mpms.size() > 1) {
            events.add(new HttpdEvent(Kind.MULTIPLE_MPM, mpmOrigin,
                    serviceName + ": Configuration error: More than one MPM loaded.", "AH00534"));
        } else {
            Mpm m = mpms.isEmpty() ? assumeMpm : mpms.get(0);
            assumed = mpms.isEmpty();
            mpm = MpmCheck.run(m, MpmValues.collect(m, directives, events), mpmOrigin, onlineCores);
        }
        return new HttpdConfig(serviceName, mainFile, fs.display(mainFile), List.copyOf(files),
                List.copyOf(directives), List.copyOf(loadedModules), mpm, assumed, mpmOrigin,
                List.copyOf(events));
    }

    // ---- files ------------------------------------------------------------------------

    private void readFile(String path, List<String> outer, Origin includedAt) {
        String display = fs.display(path);
        if (includeChain.size() >= MAX_INCLUDE_DEPTH) {
            events.add(new HttpdEvent(Kind.INCLUDE_CYCLE, includedAt,
                    "Exceeded maximum include depth of 128, There appears to be a recursion."));
            return;
        }
        if (includeChain.contains(path)) {
            events.add(new HttpdEvent(Kind.INCLUDE_CYCLE, includedAt,
                    "Include of " + display + " would include itself again (through "
                            + String.join(" -> ", chainDisplay()) + "); httpd fails with "
                            + "\"Exceeded maximum include depth of 128, There appears to be a recursion.\""));
            return;
        }
        if (++filesRead > MAX_FILES) {
            if (filesRead == MAX_FILES + 1) {
                events.add(new HttpdEvent(Kind.TOO_MANY_FILES, includedAt,
                        "more than " + MAX_FILES + " configuration files are included; the rest is not read"));
            }
            return;
        }
        SourceFile file;
        try {
            file = fs.read(path);
        } catch (RootedFs.FileTooLargeException e) {
            events.add(new HttpdEvent(Kind.FILE_TOO_LARGE, Origin.file(display), e.getMessage()));
            return;
        } catch (NoSuchFileException e) {
            events.add(new HttpdEvent(Kind.INCLUDE_FAILED, includedAt != null ? includedAt
                    : Origin.file(display), "Could not open configuration file " + path
                    + ": No such file or directory"));
            return;
        } catch (IOException e) {
            events.add(new HttpdEvent(Kind.FILE_UNREADABLE, includedAt != null ? includedAt
                    : Origin.file(display), "Could not open configuration file " + path + ": "
                    + e.getMessage()));
            return;
        }
        if (file.looksBinary()) {
            events.add(new HttpdEvent(Kind.FILE_BINARY, Origin.file(display),
                    "the file holds NUL bytes: it is not a text configuration file"));
            return;
        }
        if (file.text().startsWith("\u00ef\u00bb\u00bf")) {
            events.add(new HttpdEvent(Kind.BYTE_ORDER_MARK, Origin.of(display, 1, 1),
                    "the file starts with a UTF-8 byte order mark, which httpd reads as part of the "
                            + "first line (Invalid command '\\xef\\xbb\\xbf...')"));
        }
        HttpdSyntax syntax = HttpdSyntax.parse(file.text());
        files.add(file);
        includeChain.push(path);
        try {
            FileCursor cur = new FileCursor(file, syntax.lines(), chainDisplay());
            List<Frame> local = new ArrayList<>();
            buildConfig(cur, outer, local);
            for (Frame f : local) {
                events.add(new HttpdEvent(Kind.SECTION_NOT_CLOSED, f.origin,
                        display + ":" + f.origin.line() + ": " + f.name + "> was not closed."));
            }
        } finally {
            includeChain.pop();
        }
    }

    private List<String> chainDisplay() {
        List<String> chain = new ArrayList<>();
        for (String p : includeChain) {
            chain.add(fs.display(p));
        }
        Collections.reverse(chain);
        return chain;
    }

    /** ap_build_config: every line of a file, containers matched within the file. */
    private void buildConfig(FileCursor cur, List<String> outer, List<Frame> local) {
        while (cur.hasNext()) {
            buildSub(cur.next(), cur, outer, local);
        }
    }

    /** ap_build_config_sub: one logical line. */
    private void buildSub(ConfLine line, FileCursor cur, List<String> outer, List<Frame> local) {
        String text = line.text();
        if (text.isEmpty() || text.charAt(0) == '#') {
            return;
        }
        Origin at = cur.origin(line);
        ConfWords.Cursor words = new ConfWords.Cursor(resolveEnv(text, at));
        String name = words.next();
        if (name.isEmpty()) {
            return;
        }
        String args = words.rest();
        if (name.length() < 2 || name.charAt(1) != '/') {
            if (name.endsWith(">")) {
                name = name.substring(0, name.length() - 1);
            }
            if (name.startsWith("<") && args.isEmpty()) {
                args = ">";
            }
        }
        String lname = EXEC_ON_READ.get(name);
        if (lname == null) {
            lname = "";
        }
        if (CONDITIONALS.containsKey(lname)) {
            conditional(name, lname, args, at, cur, outer, local);
            return;
        }
        switch (lname) {
            case "define":
                define(args, at);
                return;
            case "undefine":
                undefine(args, at);
                return;
            case "include":
            case "includeoptional":
                include(name, args, lname.equals("includeoptional"), at, context(outer, local));
                return;
            case "loadmodule":
                loadModule(args, at);
                return;
            case "serverroot":
                serverRoot(args, at);
                return;
            default:
                break;
        }
        if (name.startsWith("<")) {
            if (name.length() > 1 && name.charAt(1) != '/') {
                int gt = args.lastIndexOf('>');
                // core.c: every section handler looks for the last '>' (unclosed_directive),
                // and all but <Else> need something before it (missing_container_arg).
                if (gt < 0) {
                    events.add(new HttpdEvent(Kind.SECTION_MISSING_BRACKET, at,
                            name + "> directive missing closing '>'"));
                } else if (args.substring(0, gt).isEmpty() && !name.equalsIgnoreCase("<Else")) {
                    events.add(new HttpdEvent(Kind.SECTION_MISSING_ARGUMENT, at,
                            name + "> directive requires additional arguments"));
                }
            }
            section(name, at, outer, local);
            return;
        }
        directives.add(new HttpdDirective(names.computeIfAbsent(name, n -> n),
                List.copyOf(ConfWords.split(args)), at, context(outer, local)));
    }

    private void section(String name, Origin at, List<String> outer, List<Frame> local) {
        if (name.length() < 2 || name.charAt(1) != '/') {
            List<String> inside = new ArrayList<>(context(outer, local));
            inside.add(name);
            local.add(new Frame(name, at, List.copyOf(inside)));
            return;
        }
        if (local.isEmpty()) {
            events.add(new HttpdEvent(Kind.SECTION_WITHOUT_OPENER, at,
                    name + " without matching <" + name.substring(2) + " section"));
            return;
        }
        if (!name.endsWith(">")) {
            events.add(new HttpdEvent(Kind.SECTION_MISSING_BRACKET, at,
                    name + "> directive missing closing '>'"));
            return;
        }
        String closes = name.substring(2, name.length() - 1);
        Frame top = local.get(local.size() - 1);
        if (!closes.equalsIgnoreCase(top.name.substring(1))) {
            events.add(new HttpdEvent(Kind.SECTION_MISMATCH, at, "Expected </"
                    + top.name.substring(1) + "> but saw " + name.substring(0, name.length() - 1) + ">"));
            // Recover as a person would read it: close the matching outer section, if any.
            for (int i = local.size() - 2; i >= 0; i--) {
                if (closes.equalsIgnoreCase(local.get(i).name.substring(1))) {
                    local.subList(i, local.size()).clear();
                    return;
                }
            }
            return;
        }
        local.remove(local.size() - 1);
    }

    /** The sections around the current line; built once per section, shared by its directives. */
    private static List<String> context(List<String> outer, List<Frame> local) {
        return local.isEmpty() ? outer : local.get(local.size() - 1).inside;
    }

    // ---- conditionals -----------------------------------------------------------------

    private void conditional(String name, String lname, String args, Origin at, FileCursor cur,
            List<String> outer, List<Frame> local) {
        name = CONDITIONALS.get(lname);
        int gt = args.lastIndexOf('>');
        Boolean holds;
        if (gt < 0) {
            events.add(new HttpdEvent(Kind.SECTION_MISSING_BRACKET, at,
                    name + "> directive missing closing '>'"));
            holds = null;
        } else {
            String arg = args.substring(0, gt);
            if (emptyCondition(lname, arg)) {
                events.add(new HttpdEvent(Kind.SECTION_MISSING_ARGUMENT, at,
                        name + "> directive requires additional arguments"));
                holds = null;
            } else {
                holds = evaluate(lname, arg, at);
            }
        }
        if (holds == null) {
            // httpd stops here; skip the body like a false condition to keep going.
            soak(name, at, cur);
        } else if (holds) {
            contConfig(name, at, cur, context(outer, local));
        } else {
            soak(name, at, cur);
        }
    }

    /**
     * core.c start_cond_section: after an optional leading '!', the first word must not be
     * empty ({@code <IfModule "">} and {@code <IfModule !>} are refused); mod_version needs
     * some text.
     */
    private static boolean emptyCondition(String lname, String arg) {
        String a = ConfWords.trim(arg);
        if (lname.equals("<ifversion")) {
            return a.isEmpty();
        }
        if (a.startsWith("!")) {
            a = a.substring(1);
        }
        return new ConfWords.Cursor(a).next().isEmpty();
    }

    private Boolean evaluate(String lname, String arg, Origin at) {
        String a = ConfWords.trim(arg);
        boolean not = false;
        if (!lname.equals("<ifversion") && a.startsWith("!")) {
            not = true;
            a = ConfWords.trim(a.substring(1));
        }
        String word = new ConfWords.Cursor(a).next();
        boolean found;
        switch (lname) {
            case "<ifmodule":
                found = modules.contains(word);
                break;
            case "<ifdefine":
                found = params.contains(word);
                break;
            case "<iffile":
                found = fs.exists(serverRootRelative(word));
                break;
            case "<ifdirective":
                found = HttpdDirectives.isRegistered(word, modules);
                break;
            case "<ifsection":
                found = HttpdDirectives.isSection(word, modules);
                break;
            case "<ifversion":
                try {
                    return version.matches(ConfWords.split(a));
                } catch (IllegalArgumentException e) {
                    events.add(new HttpdEvent(Kind.CONDITION_INVALID, at, e.getMessage()));
                    return null;
                }
            default:
                throw new IllegalStateException(lname);
        }
        return found != not;
    }

    /** ap_build_cont_config: a true conditional's body, read like the file around it. */
    private void contConfig(String name, Origin at, FileCursor cur, List<String> outer) {
        String bracket = name.substring(1) + ">";
        List<Frame> local = new ArrayList<>();
        while (cur.hasNext()) {
            ConfLine line = cur.next();
            String l = line.text();
            if (l.startsWith("</") && l.substring(2).equalsIgnoreCase(bracket) && local.isEmpty()) {
                return;
            }
            buildSub(line, cur, outer, local);
        }
        // httpd returns quietly at end of file: the body ran to the end of the file.
        events.add(new HttpdEvent(Kind.CONDITIONAL_OPEN_AT_EOF, at, name
                + "> is not closed; httpd accepts that silently because its condition holds, and "
                + "reads the rest of " + at.file() + " as part of it"));
        for (Frame f : local) {
            events.add(new HttpdEvent(Kind.CONDITIONAL_OPEN_AT_EOF, f.origin, f.name
                    + "> is not closed; httpd does not notice because it is inside " + name
                    + "> that is itself left open"));
        }
    }

    /** ap_soak_end_container: a false conditional's body, only nesting is tracked. */
    private void soak(String name, Origin at, FileCursor cur) {
        Deque<String> open = new ArrayDeque<>();
        open.push(name);
        while (cur.hasNext()) {
            ConfLine line = cur.next();
            String text = line.text();
            String word = new ConfWords.Cursor(text).next();
            if (!word.startsWith("<")) {
                continue;
            }
            if (word.length() > 1 && word.charAt(1) == '/') {
                // httpd cuts the last character, whatever it is, before comparing.
                String cut = word.substring(0, word.length() - 1);
                String closes = cut.length() > 2 ? cut.substring(2) : "";
                if (closes.equalsIgnoreCase(open.peek().substring(1))) {
                    open.pop();
                    if (open.isEmpty()) {
                        return;
                    }
                    continue;
                }
                events.add(new HttpdEvent(Kind.SECTION_MISMATCH, cur.origin(line), "Expected </"
                        + open.peek().substring(1) + "> but saw " + cut + ">"));
                while (!open.isEmpty() && !closes.equalsIgnoreCase(open.peek().substring(1))) {
                    open.pop();
                }
                if (open.size() <= 1) {
                    return;
                }
                open.pop();
            } else {
                ConfWords.Cursor c = new ConfWords.Cursor(text);
                String inner = c.next();
                if (c.rest().isEmpty() && inner.endsWith(">")) {
                    inner = inner.substring(0, inner.length() - 1);
                }
                open.push(inner);
            }
        }
        events.add(new HttpdEvent(Kind.CONDITIONAL_NOT_CLOSED, at, "Expected </"
                + open.peek().substring(1) + "> before end of configuration"));
    }

    // ---- EXEC_ON_READ directives --------------------------------------------------------

    private void define(String args, Origin at) {
        List<String> w = ConfWords.split(args);
        if (!Arity.take12(w)) {
            events.add(new HttpdEvent(Kind.ARGUMENT_COUNT, at,
                    "Define takes 1-2 arguments, Define a variable, optionally to a value.  Same as passing -D to the command line."));
            return;
        }
        if (w.get(0).indexOf(':') >= 0) {
            events.add(new HttpdEvent(Kind.DEFINE_INVALID, at, "Variable name must not contain ':'"));
            return;
        }
        params.add(w.get(0));
        if (w.size() == 2) {
            vars.put(w.get(0), w.get(1));
        }
    }

    private void undefine(String args, Origin at) {
        List<String> w = ConfWords.split(args);
        if (!Arity.take1(w)) {
            events.add(new HttpdEvent(Kind.ARGUMENT_COUNT, at,
                    "UnDefine takes one argument, Undefine the existence of a variable. Undo a Define."));
            return;
        }
        if (w.get(0).indexOf(':') >= 0) {
            events.add(new HttpdEvent(Kind.DEFINE_INVALID, at, "Variable name must not contain ':'"));
            return;
        }
        params.remove(w.get(0));
        vars.remove(w.get(0));
    }

    private void loadModule(String args, Origin at) {
        List<String> w = ConfWords.split(args);
        if (!Arity.take2(w)) {
            events.add(new HttpdEvent(Kind.ARGUMENT_COUNT, at,
                    "LoadModule takes two arguments, a module name and the name of a shared object file to load it from"));
            return;
        }
        String id = w.get(0);
        if (loadedModules.contains(id)) {
            events.add(new HttpdEvent(Kind.MODULE_ALREADY_LOADED, at,
                    "module " + id + " is already loaded, skipping", "AH01574"));
            return;
        }
        loadedModules.add(id);
        modules.add(id);
        modules.add(sourceNameOf(id));
        Mpm m = Mpm.fromModuleId(id);
        if (m != null) {
            if (mpms.isEmpty()) {
                mpmOrigin = at;
            }
            mpms.add(m);
        }
    }

    /**
     * The source file name httpd registers a module under ({@code __FILE__}):
     * {@code mpm_event_module} is {@code event.c}, {@code ssl_module} is {@code mod_ssl.c}.
     */
    static String sourceNameOf(String id) {
        String special = SOURCE_NAMES.get(id);
        if (special != null) {
            return special;
        }
        String stem = id.endsWith("_module") ? id.substring(0, id.length() - 7) : id;
        if (stem.startsWith("mpm_")) {
            return stem.substring(4) + ".c";
        }
        return "mod_" + stem + ".c";
    }

    private void serverRoot(String args, Origin at) {
        List<String> w = ConfWords.split(args);
        if (!Arity.take1(w)) {
            events.add(new HttpdEvent(Kind.ARGUMENT_COUNT, at,
                    "ServerRoot takes one argument, Common directory of server-related files (logs, confs, etc.)"));
            return;
        }
        String dir = w.get(0).startsWith("/") ? w.get(0) : "/" + w.get(0);
        if (!fs.isDirectory(dir)) {
            events.add(new HttpdEvent(Kind.SERVER_ROOT_INVALID, at,
                    "ServerRoot must be a valid directory"));
            return;
        }
        serverRoot = stripSlash(dir);
    }

    // ---- Include ----------------------------------------------------------------------

    private void include(String name, String args, boolean optional, Origin at, List<String> ctx) {
        List<String> w = ConfWords.split(args);
        if (!Arity.take1(w)) {
            events.add(new HttpdEvent(Kind.ARGUMENT_COUNT, at, name
                    + " takes one argument, Name(s) of the config file(s) to be included; fails if the wildcard does not match at least one file"));
            return;
        }
        IncludePaths paths = new IncludePaths(fs,
                message -> events.add(new HttpdEvent(Kind.INCLUDE_FAILED, at, message)));
        for (String file : paths.expand(serverRootRelative(w.get(0)), optional)) {
            readFile(file, ctx, at);
        }
    }

    // ---- values -----------------------------------------------------------------------

    /** ap_resolve_env: ${NAME} from Define first, then the environment; one pass. */
    private String resolveEnv(String text, Origin at) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = text.indexOf('}', i + 2);
                if (end > 0) {
                    String name = text.substring(i + 2, end);
                    String value = vars.containsKey(name) ? vars.get(name) : environment.get(name);
                    if (value != null) {
                        out.append(value);
                        i = end + 1;
                        continue;
                    }
                    if (name.indexOf(':') < 0) {
                        events.add(new HttpdEvent(Kind.VARIABLE_UNDEFINED, at,
                                "Config variable ${" + name + "} is not defined", "AH00111"));
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private String serverRootRelative(String p) {
        if (p.startsWith("/")) {
            return p;
        }
        return IncludePaths.join(serverRoot, p);
    }

    private static String stripSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** An ordinary container opened in the current file and not yet closed. */
    private record Frame(String name, Origin origin, List<String> inside) {
    }

    /** The logical lines of one file, consumed in order by nested readers. */
    private final class FileCursor {
        private final SourceFile file;
        private final List<ConfLine> lines;
        private final List<String> via;
        private int next;

        FileCursor(SourceFile file, List<ConfLine> lines, List<String> chain) {
            this.file = file;
            this.lines = lines;
            // Immutable once per file, so each Origin shares it instead of copying it.
            this.via = chain.size() > 1 ? List.copyOf(chain.subList(0, chain.size() - 1)) : List.of();
        }

        boolean hasNext() {
            return next < lines.size();
        }

        ConfLine next() {
            return lines.get(next++);
        }

        Origin origin(ConfLine line) {
            return new Origin(file.display(), line.line(), line.column(), via);
        }
    }
}
