package dev.headroom.model.systemd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.headroom.model.systemd.values.InvalidValueException;
import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.model.systemd.values.ResourceLimit;
import dev.headroom.model.systemd.values.TimeSpan;
import dev.headroom.source.Origin;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * The service manager's defaults from {@code system.conf} and {@code system.conf.d/*.conf}
 * (systemd-system.conf(5); conf-parser.c config_parse_many_files(): the main file first, then
 * the drop-ins by file name across /etc, /run, /usr/local/lib and /lib, the first directory
 * winning for a name; the last value wins). Unset, they are systemd's compiled-in 90 s, stop
 * and 1024:524288.
 */
public record ManagerDefaults(UnitSetting timeoutStartSec, UnitSetting timeoutStopSec,
        UnitSetting oomPolicy, UnitSetting limitNofile, List<SourceFile> files, List<UnitEvent> events) {

    static final List<String> DROPIN_DIRS = List.of("/etc/systemd/system.conf.d",
            "/run/systemd/system.conf.d", "/usr/local/lib/systemd/system.conf.d",
            "/lib/systemd/system.conf.d", "/usr/lib/systemd/system.conf.d");

    public static ManagerDefaults read(RootedFs fs) {
        List<String> paths = new ArrayList<>();
        if (fs.exists("/etc/systemd/system.conf")) {
            paths.add("/etc/systemd/system.conf");
        }
        Map<String, String> byName = new TreeMap<>();
        for (String d : DROPIN_DIRS) {
            try {
                for (String n : new TreeSet<>(fs.list(d))) {
                    if (n.endsWith(".conf")) {
                        byName.putIfAbsent(n, d + "/" + n);
                    }
                }
            } catch (IOException e) {
                // absent directory
            }
        }
        for (String p : byName.values()) {
            if (!"/dev/null".equals(fs.readLink(p))) {
                paths.add(p);
            }
        }
        UnitSetting start = new UnitSetting(new TimeSpan(90_000_000L), null, "systemd default");
        UnitSetting stop = start;
        UnitSetting oom = new UnitSetting(OomPolicy.STOP, null, "systemd default");
        UnitSetting nofile = new UnitSetting(new ResourceLimit(1024, 524288), null, "systemd default");
        List<SourceFile> files = new ArrayList<>();
        List<UnitEvent> events = new ArrayList<>();
        for (String p : paths) {
            SourceFile f;
            try {
                f = fs.read(p);
            } catch (IOException e) {
                events.add(new UnitEvent(UnitEvent.Kind.FILE_UNREADABLE, Origin.file(fs.display(p)),
                        "Failed to open " + p + ": " + e.getMessage()));
                continue;
            }
            files.add(f);
            UnitFileReader.Result r = UnitFileReader.readManager(f);
            events.addAll(r.events());
            for (UnitAssignment a : r.assignments()) {
                if (!a.section().equals("Manager")) {
                    continue;
                }
                try {
                    switch (a.key()) {
                        case "DefaultTimeoutStartSec":
                            start = new UnitSetting(TimeSpan.parseFix0(a.key(), a.value()), a.origin(), null);
                            break;
                        case "DefaultTimeoutStopSec":
                            stop = new UnitSetting(TimeSpan.parseFix0(a.key(), a.value()), a.origin(), null);
                            break;
                        case "DefaultOOMPolicy":
                            oom = new UnitSetting(OomPolicy.parse(a.key(), a.value()), a.origin(), null);
                            break;
                        case "DefaultLimitNOFILE":
                            nofile = new UnitSetting(ResourceLimit.parse(a.key(), a.value()), a.origin(), null);
                            break;
                        default:
                            break;
                    }
                } catch (InvalidValueException e) {
                    events.add(new UnitEvent(UnitEvent.Kind.INVALID_VALUE, a.origin(), e.getMessage()));
                }
            }
        }
        return new ManagerDefaults(start, stop, oom, nofile, List.copyOf(files), List.copyOf(events));
    }
}
