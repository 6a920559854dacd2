package dev.headroom.model.sysctl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.headroom.lang.sysctl.SysctlEntry;
import dev.headroom.lang.sysctl.SysctlProblem;
import dev.headroom.lang.sysctl.SysctlSyntax;
import dev.headroom.source.Origin;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Reads the sysctl files of a root the way the program that applies them at boot does
 * ({@link SysctlProgram}: systemd-sysctl unless told otherwise), and keeps every line with its
 * origin. Unlike the program it never stops at a problem: each becomes a {@link SysctlEvent}.
 */
public final class SysctlReader {

    private final RootedFs fs;
    private final SysctlProgram program;
    private final List<SysctlFile> files = new ArrayList<>();
    private final List<SysctlAssignment> assignments = new ArrayList<>();
    /** The program's ordered map of options, keyed by normalised key (systemd parse_file). */
    private final Map<String, SysctlAssignment> options = new LinkedHashMap<>();
    private final List<SysctlEvent> events = new ArrayList<>();

    public SysctlReader(RootedFs fs, SysctlProgram program) {
        this.fs = fs;
        this.program = program;
    }

    /** The sysctl configuration as systemd-sysctl applies it. */
    public static SysctlConfig read(RootedFs fs) {
        return new SysctlReader(fs, SysctlProgram.SYSTEMD_SYSCTL).read();
    }

    public SysctlConfig read() {
        SysctlFiles.Listing listing = SysctlFiles.list(fs, program);
        for (SysctlFile f : listing.overridden()) {
            events.add(new SysctlEvent(SysctlEvent.Kind.FILE_OVERRIDDEN, Origin.file(f.display()),
                    f.display() + " is not read: " + fs.display(f.detail()) + " has the same name in a"
                            + " directory of higher priority"));
        }
        for (SysctlFiles.Listed l : listing.read()) {
            readFile(l.name(), l.path());
        }
        if (program.readsSysctlConfLast() && isRegularFile(SysctlProgram.SYSCTL_CONF)) {
            readFile("sysctl.conf", SysctlProgram.SYSCTL_CONF);
        }
        files.addAll(listing.overridden());
        return new SysctlConfig(program, files, assignments, new ArrayList<>(options.values()), events);
    }

    private void readFile(String name, String path) {
        String listedDisplay = fs.display(path);
        Path real;
        try {
            real = fs.resolve(path);
        } catch (IOException e) {
            unreadable(name, path, listedDisplay, e.getMessage());
            return;
        }
        if (real.equals(devNull())) {
            files.add(new SysctlFile(name, path, listedDisplay, SysctlFile.Status.MASKED, null));
            events.add(new SysctlEvent(SysctlEvent.Kind.FILE_MASKED, Origin.file(listedDisplay),
                    listedDisplay + " is a symlink to /dev/null: it masks every file of that name"));
            return;
        }
        if (!Files.exists(real)) {
            files.add(new SysctlFile(name, path, listedDisplay, SysctlFile.Status.MISSING, null));
            events.add(new SysctlEvent(SysctlEvent.Kind.FILE_MISSING, Origin.file(listedDisplay),
                    listedDisplay + " leads nowhere: " + (program == SysctlProgram.SYSTEMD_SYSCTL
                            ? "systemd-sysctl ignores it silently, and it still masks every file of that name"
                            : "sysctl --system cannot open it and exits with failure")));
            return;
        }
        String realPath = fs.serverPath(real);
        String display = fs.display(realPath);
        SourceFile source;
        try {
            source = fs.read(path);
        } catch (RootedFs.FileTooLargeException e) {
            files.add(new SysctlFile(name, path, display, SysctlFile.Status.UNREADABLE, e.getMessage()));
            events.add(new SysctlEvent(SysctlEvent.Kind.FILE_TOO_LARGE, Origin.file(display),
                    display + ": " + e.getMessage()));
            return;
        } catch (IOException e) {
            unreadable(name, path, display, e.getMessage());
            return;
        }
        files.add(new SysctlFile(name, path, display, SysctlFile.Status.READ, null));
        List<String> via = realPath.equals(path) ? List.of() : List.of(listedDisplay);
        SysctlSyntax syntax = SysctlSyntax.parse(source.text());
        for (SysctlProblem p : syntax.problems()) {
            events.add(new SysctlEvent(kindOf(p.kind()), new Origin(display, p.line(), p.column(), via),
                    p.message()));
        }
        for (SysctlEntry e : syntax.entries()) {
            apply(new SysctlAssignment(e.key(), e.value(), e.ignoreFailure(),
                    new Origin(display, e.line(), e.column(), via)));
        }
    }

    /** One line into the ordered map of options, as the program merges it. */
    private void apply(SysctlAssignment a) {
        assignments.add(a);
        String k = a.key().path();
        SysctlAssignment existing = options.get(k);
        if (existing != null) {
            if (program.keepsPlaceOfRepeatedValue() && Objects.equals(existing.value(), a.value())) {
                // Same value again: systemd keeps the first in place and merges the '-' flag.
                // The later line is shown as the origin, being the one that still decides the
                // value if the earlier is edited.
                options.put(k, new SysctlAssignment(a.key(), a.value(),
                        existing.ignoreFailure() || a.ignoreFailure(), a.origin()));
                return;
            }
            if (!program.exclusionCancelsAssignment() && a.isExclusion() && !existing.isExclusion()) {
                // procps still writes the earlier value; the exclusion adds nothing it does not.
                return;
            }
            options.remove(k);
        }
        options.put(k, a);
    }

    private void unreadable(String name, String path, String display, String reason) {
        files.add(new SysctlFile(name, path, display, SysctlFile.Status.UNREADABLE, reason));
        events.add(new SysctlEvent(SysctlEvent.Kind.FILE_UNREADABLE, Origin.file(display),
                display + ": " + reason));
    }

    private Path devNull() {
        return fs.root().resolve("dev/null");
    }

    private boolean isRegularFile(String path) {
        try {
            return Files.isRegularFile(fs.resolve(path));
        } catch (IOException e) {
            return false;
        }
    }

    private static SysctlEvent.Kind kindOf(SysctlProblem.Kind k) {
        switch (k) {
            case NOT_AN_ASSIGNMENT:
                return SysctlEvent.Kind.NOT_AN_ASSIGNMENT;
            case INVALID_KEY:
                return SysctlEvent.Kind.INVALID_KEY;
            case VALUE_WITH_COMMENT:
                return SysctlEvent.Kind.VALUE_WITH_COMMENT;
            default:
                return SysctlEvent.Kind.LINE_TOO_LONG;
        }
    }
}
