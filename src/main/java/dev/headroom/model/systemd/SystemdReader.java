package dev.headroom.model.systemd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Reads systemd's side of a host under a root: every service on the unit search path (templates
 * through the instances that are enabled), with its drop-ins and the manager's defaults, and
 * every other unit file for its syntax alone.
 */
public final class SystemdReader {

    private static final List<String> OTHER_TYPES = List.of(".socket", ".timer", ".target", ".path",
            ".mount", ".automount", ".swap", ".slice");

    private static final java.util.regex.Pattern SERVICE_SECTION =
            java.util.regex.Pattern.compile("(?m)^[ \\t]*\\[Service\\][ \\t]*\\r?$");

    private SystemdReader() {
    }

    /**
     * A unit file named on the command line, checked on its own: no drop-ins (it is not
     * installed), the root's manager defaults.
     */
    public static SystemdConfig readFile(RootedFs fs, String serverPath) {
        ManagerDefaults defaults = ManagerDefaults.read(fs);
        List<UnitEvent> events = new ArrayList<>(defaults.events());
        List<SourceFile> files = new ArrayList<>(defaults.files());
        String name = serverPath.substring(serverPath.lastIndexOf('/') + 1);
        List<ServiceUnit> services = new ArrayList<>();
        String type = UnitKeys.typeOf(serverPath);
        if (!name.contains("@.") && ("service".equals(type) || type == null && hasServiceSection(fs, serverPath))) {
            ServiceLoader loader = new ServiceLoader(fs, null, defaults, events, files);
            services.add(loader.loadFile(serverPath, name));
        } else {
            try {
                SourceFile file = fs.read(serverPath);
                files.add(file);
                events.addAll(UnitFileReader.readUnit(file).events());
            } catch (IOException e) {
                events.add(new UnitEvent(UnitEvent.Kind.FILE_UNREADABLE,
                        dev.headroom.source.Origin.file(fs.display(serverPath)), "Failed to open " + serverPath
                                + ": " + e.getMessage()));
            }
        }
        return new SystemdConfig(List.copyOf(services), defaults, List.copyOf(files),
                List.copyOf(events));
    }

    private static boolean hasServiceSection(RootedFs fs, String serverPath) {
        try {
            return SERVICE_SECTION.matcher(fs.read(serverPath).text()).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** Null when the root has no unit directory at all. */
    public static SystemdConfig read(RootedFs fs) {
        UnitPaths paths = new UnitPaths(fs);
        List<String> serviceNames = paths.names(".service");
        if (serviceNames.isEmpty()) {
            return null;
        }
        ManagerDefaults defaults = ManagerDefaults.read(fs);
        List<UnitEvent> events = new ArrayList<>(defaults.events());
        List<SourceFile> files = new ArrayList<>(defaults.files());
        ServiceLoader loader = new ServiceLoader(fs, paths, defaults, events, files);
        TreeSet<String> enabled = paths.enabled();
        Set<String> names = new TreeSet<>();
        for (String n : serviceNames) {
            if (!n.contains("@.")) {
                names.add(n);
            }
        }
        for (String n : enabled) {
            if (n.endsWith(".service") && UnitPaths.isInstance(n)) {
                names.add(n);
            }
        }
        List<ServiceUnit> services = new ArrayList<>();
        for (String n : names) {
            ServiceUnit s = loader.load(n, enabled.contains(n));
            if (s != null) {
                services.add(s);
            }
        }
        // Templates and the other unit types: their syntax, once each.
        List<String> others = new ArrayList<>();
        for (String n : serviceNames) {
            if (n.contains("@.")) {
                others.add(n);
            }
        }
        for (String type : OTHER_TYPES) {
            others.addAll(paths.names(type));
        }
        for (String n : others) {
            UnitPaths.Fragment f = paths.fragment(n);
            if (f == null || f.masked()) {
                continue;
            }
            try {
                SourceFile file = fs.read(f.path());
                files.add(file);
                events.addAll(UnitFileReader.readUnit(file, UnitKeys.typeOf(n)).events());
            } catch (IOException e) {
                events.add(new UnitEvent(UnitEvent.Kind.FILE_UNREADABLE,
                        dev.headroom.source.Origin.file(fs.display(f.path())), "Failed to open " + f.path()
                                + ": " + e.getMessage()));
            }
        }
        return new SystemdConfig(List.copyOf(services), defaults, List.copyOf(files),
                List.copyOf(events));
    }
}
