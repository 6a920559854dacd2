package dev.headroom.model.systemd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.systemd.values.Delegate;
import dev.headroom.model.systemd.values.InvalidValueException;
import dev.headroom.model.systemd.values.MemoryLimit;
import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.model.systemd.values.ResourceLimit;
import dev.headroom.model.systemd.values.RestartPolicy;
import dev.headroom.model.systemd.values.ServiceType;
import dev.headroom.model.systemd.values.SystemdBoolean;
import dev.headroom.model.systemd.values.TimeSpan;
import dev.headroom.source.Origin;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Loads one service the way systemd does: the fragment, then each drop-in in order; every
 * assignment of a modeled key goes through systemd's own parser for it, and an invalid value
 * is ignored (the previous one stays) with systemd's warning (shared/domain.md C.3). Then the
 * defaults systemd derives: Type from ExecStart=/BusName=, no start timeout for oneshot,
 * OOMPolicy=continue under Delegate=, and the manager's defaults.
 */
public final class ServiceLoader {

    private final RootedFs fs;
    private final UnitPaths paths;
    private final ManagerDefaults defaults;
    private final List<UnitEvent> events;
    private final List<SourceFile> files;
    private final Map<String, UnitFileReader.Result> parsed = new java.util.HashMap<>();
    /** Files whose value warnings are out: a drop-in or template serving many units says each once. */
    private final java.util.Set<String> valuesReported = new java.util.HashSet<>();

    public ServiceLoader(RootedFs fs, UnitPaths paths, ManagerDefaults defaults, List<UnitEvent> events,
            List<SourceFile> files) {
        this.fs = fs;
        this.paths = paths;
        this.defaults = defaults;
        this.events = events;
        this.files = files;
    }

    /** The service, or null when no unit file of that name (or its template) exists. */
    public ServiceUnit load(String name, boolean enabled) {
        UnitPaths.Fragment fragment = paths.fragment(name);
        if (fragment == null) {
            return null;
        }
        if (fragment.masked()) {
            return new ServiceUnit(name, fs.display(fragment.path()), List.of(), enabled, true, false, null,
                    Map.of(), Origin.file(fs.display(fragment.path())));
        }
        return build(name, fragment.path(), paths.dropIns(name), enabled);
    }

    /** A unit file on its own, as written: no drop-ins. */
    public ServiceUnit loadFile(String path, String name) {
        return build(name, path, List.of(), false);
    }

    private ServiceUnit build(String name, String fragmentPath, List<String> dropIns, boolean enabled) {
        UnitPaths.Fragment fragment = new UnitPaths.Fragment(fragmentPath, false);
        Origin at = Origin.file(fs.display(fragment.path()));
        Values v = new Values();
        boolean failed = apply(fragment.path(), name, v);
        List<String> shown = new ArrayList<>();
        for (String d : dropIns) {
            shown.add(fs.display(d));
            // A drop-in may serve many units (service.d/): its own path is its origin.
            failed |= apply(d, name, v);
        }
        return new ServiceUnit(name, fs.display(fragment.path()), List.copyOf(shown), enabled, false, failed,
                v.execStart == null ? null : (String) v.execStart.value(), effective(v), at);
    }

    /** What the assignments set, before defaults; null where nothing did. */
    private static final class Values {
        UnitSetting type;
        UnitSetting execStart;
        UnitSetting busName;
        UnitSetting timeoutStart;
        UnitSetting timeoutStop;
        UnitSetting oomPolicy;
        UnitSetting memoryMax;
        UnitSetting memoryHigh;
        UnitSetting limitNofile;
        UnitSetting restart;
        UnitSetting delegate;
    }

    private boolean apply(String path, String unit, Values v) {
        UnitFileReader.Result r = parsed.get(path);
        if (r == null) {
            // Each file once: drop-ins in service.d/ and templates serve many units.
            SourceFile f;
            try {
                f = fs.read(path);
            } catch (IOException e) {
                events.add(new UnitEvent(UnitEvent.Kind.FILE_UNREADABLE, Origin.file(fs.display(path)),
                        "Failed to open " + path + ": " + e.getMessage()));
                return true;
            }
            r = UnitFileReader.readUnit(f, "service");
            parsed.put(path, r);
            files.add(f);
            events.addAll(r.events());
        }
        List<UnitEvent> said = new ArrayList<>();
        for (UnitAssignment a : r.assignments()) {
            if (!a.section().equals("Service")) {
                continue;
            }
            try {
                // systemd's parsers compare UTF-8 byte sequences ("µs", "‰"): the value decoded.
                set(v, a, SourceFile.utf8(Specifiers.expand(a.value(), unit)), said);
            } catch (InvalidValueException e) {
                for (String w : e.warnings()) {
                    said.add(new UnitEvent(UnitEvent.Kind.INVALID_VALUE, a.origin(), w));
                }
            }
        }
        if (valuesReported.add(path)) {
            events.addAll(said);
        }
        return r.loadFailed();
    }

    /**
     * One assignment of [Service], through the parser systemd uses for its key. Keys headroom
     * does not keep but has systemd's parser for are still checked, so that lint reports what
     * systemd would. Warnings about an accepted value become events here; a rejected value
     * throws, with every warning systemd prints for the line.
     */
    private static void set(Values v, UnitAssignment a, String value, List<UnitEvent> events)
            throws InvalidValueException {
        String key = a.key();
        switch (key) {
            case "Type":
                v.type = new UnitSetting(ServiceType.parse(key, value), a.origin(), null);
                break;
            case "ExecStart":
                // A list: empty resets it; the first command is the main process.
                if (value.isEmpty()) {
                    v.execStart = null;
                } else if (v.execStart == null) {
                    v.execStart = new UnitSetting(value, a.origin(), null);
                }
                break;
            case "BusName":
                v.busName = value.isEmpty() ? null : new UnitSetting(value, a.origin(), null);
                break;
            case "TimeoutStartSec":
                v.timeoutStart = new UnitSetting(TimeSpan.parseFix0(key, value), a.origin(), null);
                break;
            case "TimeoutStopSec":
                v.timeoutStop = new UnitSetting(TimeSpan.parseFix0(key, value), a.origin(), null);
                break;
            case "TimeoutSec": {
                // A shorthand for both, overwriting whichever came before (C.8).
                UnitSetting s = new UnitSetting(TimeSpan.parseFix0(key, value), a.origin(), null);
                v.timeoutStart = s;
                v.timeoutStop = s;
                break;
            }
            case "OOMPolicy":
                v.oomPolicy = new UnitSetting(OomPolicy.parse(key, value), a.origin(), null);
                break;
            case "MemoryMax":
                v.memoryMax = new UnitSetting(MemoryLimit.parse(key, value), a.origin(), null);
                break;
            case "MemoryHigh":
                v.memoryHigh = new UnitSetting(MemoryLimit.parse(key, value), a.origin(), null);
                break;
            case "LimitNOFILE":
                v.limitNofile = new UnitSetting(ResourceLimit.parse(key, value), a.origin(), null);
                break;
            case "Restart":
                v.restart = new UnitSetting(RestartPolicy.parse(key, value), a.origin(), null);
                break;
            case "Delegate": {
                Delegate.Assignment d = Delegate.read(key, value);
                v.delegate = new UnitSetting(d.enabled(), a.origin(), null);
                for (String w : d.warnings()) {
                    events.add(new UnitEvent(UnitEvent.Kind.INVALID_VALUE, a.origin(), w));
                }
                break;
            }
            case "MemoryLimit":
                // The cgroup-v1 name: still honoured by 252, with this warning (C.10).
                v.memoryMax = new UnitSetting(MemoryLimit.parse(key, value), a.origin(), null);
                MemoryLimit.deprecationWarning(key).ifPresent(
                        w -> events.add(new UnitEvent(UnitEvent.Kind.DEPRECATED_KEY, a.origin(), w)));
                break;
            case "MemoryMin":
            case "MemoryLow":
            case "MemorySwapMax":
                MemoryLimit.parse(key, value);
                break;
            case "RestartSec":
                TimeSpan.parse(key, value);
                break;
            case "RemainAfterExit":
            case "PrivateTmp":
                SystemdBoolean.parse(key, value);
                break;
            default:
                break;
        }
    }

    private Map<String, UnitSetting> effective(Values v) {
        Map<String, UnitSetting> out = new LinkedHashMap<>();
        UnitSetting type = v.type;
        if (type == null) {
            // systemd.service(5) Type=: simple with ExecStart=, dbus with BusName=, else oneshot.
            ServiceType t = v.busName != null ? ServiceType.DBUS
                    : v.execStart != null ? ServiceType.SIMPLE : ServiceType.ONESHOT;
            type = new UnitSetting(t, null, v.busName != null ? "BusName=" : v.execStart != null
                    ? "ExecStart=" : "no ExecStart=");
        }
        out.put("Type", type);
        if (v.execStart != null) {
            out.put("ExecStart", v.execStart);
        }
        boolean oneshot = type.value() == ServiceType.ONESHOT;
        UnitSetting infinite = new UnitSetting(new TimeSpan(TimeSpan.INFINITY_MICROS), null, "Type=oneshot");
        out.put("TimeoutStartSec", v.timeoutStart != null ? v.timeoutStart
                : oneshot ? infinite : inherited(defaults.timeoutStartSec(), "DefaultTimeoutStartSec"));
        out.put("TimeoutStopSec", v.timeoutStop != null ? v.timeoutStop
                : inherited(defaults.timeoutStopSec(), "DefaultTimeoutStopSec"));
        boolean delegated = v.delegate != null && Boolean.TRUE.equals(v.delegate.value());
        out.put("OOMPolicy", v.oomPolicy != null ? v.oomPolicy
                : delegated ? new UnitSetting(OomPolicy.CONTINUE, v.delegate.origin(), "Delegate=yes")
                : inherited(defaults.oomPolicy(), "DefaultOOMPolicy"));
        UnitSetting unlimited = new UnitSetting(new MemoryLimit(0, 0, true), null, "systemd default");
        out.put("MemoryMax", v.memoryMax != null ? v.memoryMax : unlimited);
        out.put("MemoryHigh", v.memoryHigh != null ? v.memoryHigh : unlimited);
        out.put("LimitNOFILE", v.limitNofile != null ? v.limitNofile
                : inherited(defaults.limitNofile(), "DefaultLimitNOFILE"));
        out.put("Restart", v.restart != null ? v.restart
                : new UnitSetting(RestartPolicy.NO, null, "systemd default"));
        out.put("Delegate", v.delegate != null ? v.delegate : new UnitSetting(false, null, "systemd default"));
        return out;
    }

    private static UnitSetting inherited(UnitSetting managerDefault, String name) {
        return new UnitSetting(managerDefault.value(), managerDefault.origin(), name);
    }
}
