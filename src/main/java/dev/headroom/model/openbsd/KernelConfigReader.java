package dev.headroom.model.openbsd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.headroom.lang.openbsd.KconfFile;
import dev.headroom.lang.openbsd.KconfOption;
import dev.headroom.lang.openbsd.KconfProblem;
import dev.headroom.lang.openbsd.KconfStatement;
import dev.headroom.lang.openbsd.KconfSyntax;
import dev.headroom.source.Origin;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Builds a {@link KernelConfig} the way config(8) walks its input: statements in order,
 * {@code include "FILE"} read in place, {@code option} adding a value (a second one of the same
 * name is config(8)'s "already have options" error), {@code rmoption} removing it. An include
 * names a file of the kernel source tree: config(8) drops a leading {@code ../../../} and reads
 * a relative name under the source directory ({@code sourcepath()}, scan.l {@code include()}),
 * by default {@code ../../..} from the {@code arch/ARCH/conf} directory the configuration sits
 * in, that is the {@code sys/} directory. An include that cannot be read or that would read a
 * file already open is an event, never an exception.
 */
public final class KernelConfigReader {

    /** Deeper than this, an include chain is taken for a runaway. */
    static final int MAX_DEPTH = 32;

    private final RootedFs fs;
    private final List<SourceFile> files = new ArrayList<>();
    private final Map<String, KernelOption> options = new LinkedHashMap<>();
    private final List<KernelEvent> events = new ArrayList<>();
    private final Set<String> open = new LinkedHashSet<>();
    private String machine;
    private Origin machineOrigin;
    /** The server path of the configuration config(8) was given: includes are found from it. */
    private String top;
    private Long maxusers;
    private Origin maxusersOrigin;

    private KernelConfigReader(RootedFs fs) {
        this.fs = fs;
    }

    /** Reads the file at this server path and what it includes; never throws. */
    public static KernelConfig read(RootedFs fs, String serverPath) {
        KernelConfigReader r = new KernelConfigReader(fs);
        String display = fs.display(serverPath);
        SourceFile main;
        try {
            main = fs.read(serverPath);
        } catch (IOException | RuntimeException e) {
            r.events.add(new KernelEvent(KernelEvent.Kind.FILE_UNREADABLE, Origin.file(display),
                    "cannot read the kernel configuration: " + why(e)));
            return r.result(serverPath, display);
        }
        r.top = serverPath;
        r.walk(main, List.of(), true);
        return r.result(serverPath, display);
    }

    private KernelConfig result(String path, String display) {
        return new KernelConfig(path, display, files, machine, machineOrigin, maxusers, maxusersOrigin, options,
                events);
    }

    private void walk(SourceFile f, List<String> via, boolean top) {
        files.add(f);
        open.add(f.path());
        KconfFile k = KconfSyntax.parse(f);
        for (KconfProblem p : k.problems()) {
            if (p.kind() == KconfProblem.Kind.MISSING_NEWLINE && !top) {
                continue;
            }
            KernelEvent.Kind kind = switch (p.kind()) {
                case SYNTAX_ERROR -> KernelEvent.Kind.SYNTAX_ERROR;
                case UNTERMINATED_QUOTE -> KernelEvent.Kind.UNTERMINATED_QUOTE;
                case MISSING_NEWLINE -> KernelEvent.Kind.MISSING_NEWLINE;
            };
            events.add(new KernelEvent(kind, new Origin(f.display(), p.line(), p.column(), via), p.message()));
        }
        for (KconfStatement s : k.statements()) {
            Origin at = new Origin(f.display(), s.line(), s.column(), via);
            switch (s.kind()) {
                case OPTION:
                    for (KconfOption o : s.options()) {
                        Origin where = new Origin(f.display(), o.line(), o.column(), via);
                        KernelOption had = options.get(o.name());
                        if (had != null) {
                            // do_option(): the first value stays, and config(8) stops with an error
                            events.add(new KernelEvent(KernelEvent.Kind.OPTION_TWICE, where, "already have options `"
                                    + had.name() + (had.valueText() == null ? "" : "=" + had.valueText()) + "' (set at "
                                    + had.origin() + "); config(8) stops: rmoption " + had.name() + " first to change it"));
                            continue;
                        }
                        options.put(o.name(), new KernelOption(o.name(), o.valueText(), o.number(), where));
                    }
                    break;
                case RMOPTION:
                    for (KconfOption o : s.options()) {
                        options.remove(o.name());
                    }
                    break;
                case MACHINE:
                    if (s.words().size() > 1) {
                        machine = s.words().get(1).toLowerCase(Locale.ROOT);
                        machineOrigin = at;
                    }
                    break;
                case MAXUSERS:
                    if (s.words().size() > 1) {
                        maxusers = KconfSyntax.number(s.words().get(s.words().size() - 1));
                        maxusersOrigin = at;
                    }
                    break;
                case INCLUDE:
                    include(f, s, at, via);
                    break;
                default:
                    break;
            }
        }
        open.remove(f.path());
    }

    private void include(SourceFile from, KconfStatement s, Origin at, List<String> via) {
        String name = s.words().size() > 1 ? s.words().get(1) : "";
        String target = resolve(top, name);
        if (open.contains(target)) {
            events.add(new KernelEvent(KernelEvent.Kind.INCLUDE_CYCLE, at, "include \"" + name + "\" reads "
                    + fs.display(target) + ", which is already being read: config(8) would never finish"));
            return;
        }
        if (via.size() >= MAX_DEPTH) {
            events.add(new KernelEvent(KernelEvent.Kind.INCLUDE_CYCLE, at, "include \"" + name + "\" nested more than "
                    + MAX_DEPTH + " deep: headroom does not follow it"));
            return;
        }
        SourceFile f;
        try {
            f = fs.read(target);
        } catch (IOException | RuntimeException e) {
            events.add(new KernelEvent(KernelEvent.Kind.INCLUDE_FAILED, at, "include \"" + name + "\": cannot read "
                    + fs.display(target) + " (" + why(e) + "); config(8) stops here"));
            return;
        }
        List<String> deeper = new ArrayList<>(via);
        deeper.add(at.toString());
        walk(f, deeper, false);
    }

    private static String why(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    /**
     * The server path an include names: absolute as written, else under the source directory,
     * three levels above the directory of the configuration config(8) was given ({@code
     * sys/arch/i386/conf/GENERIC.MP}'s {@code include "arch/i386/conf/GENERIC"} is {@code
     * sys/arch/i386/conf/GENERIC}); a leading {@code ../../../} is dropped first, as config(8) does.
     */
    static String resolve(String topPath, String name) {
        String n = name.startsWith("../../../") ? name.substring("../../../".length()) : name;
        if (n.startsWith("/")) {
            return normalize(n);
        }
        int slash = topPath.lastIndexOf('/');
        String dir = slash < 0 ? "/" : topPath.substring(0, slash + 1);
        return normalize(dir + "../../../" + n);
    }

    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(p);
            }
        }
        return "/" + String.join("/", parts);
    }
}
