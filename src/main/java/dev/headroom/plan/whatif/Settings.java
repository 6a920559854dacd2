package dev.headroom.plan.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.headroom.model.Sizes;
import dev.headroom.model.clamav.ClamOption;
import dev.headroom.model.clamav.ClamOptions;
import dev.headroom.model.clamav.ClamTool;
import dev.headroom.model.clamav.ClamType;
import dev.headroom.model.httpd.MpmDirective;
import dev.headroom.model.systemd.UnitKeys;
import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.model.systemd.values.RestartPolicy;
import dev.headroom.model.systemd.values.ServiceType;

/**
 * What can be set on each target, the values a setting takes when they are a closed list, and
 * the name a setting is spelt with. httpd's MPM directives (for the MPM loaded), clamd's and
 * freshclam's options (ClamAV's own table), a unit's {@code [Service]} keys (systemd 252's
 * table) and {@code masked}, and the host's {@code ram}, {@code swap}, {@code cpus} and measured
 * sizes ({@code httpd.child}, {@code clamd}, ...).
 */
public final class Settings {

    public static final String MASKED = "masked";
    static final List<String> HOST = List.of("ram", "swap", "cpus", "reserve");
    /** The unit keys headroom models, offered first (every other [Service] key can be set too). */
    private static final List<String> UNIT_MODELLED = List.of("TimeoutStartSec", "OOMPolicy", "MemoryMax", "MemoryHigh",
            "LimitNOFILE", "Restart", "Type", "TimeoutStopSec", "Delegate");
    private static final List<String> YES_NO = List.of("yes", "no");
    /** Deprecated spellings httpd still takes, left out of completion. */
    private static final Set<MpmDirective> OLD = Set.of(MpmDirective.MAX_CLIENTS, MpmDirective.MAX_REQUESTS_PER_CHILD);

    private Settings() {
    }

    /** The settings of a target, for completion: its own first, then its unit's. */
    /** @param sizes the names a size can be given for on the host ({@link Session#sizeNames}) */
    public static List<String> names(Target t, java.util.Collection<String> sizes) {
        Set<String> out = new LinkedHashSet<>();
        switch (t.kind()) {
            case HOST -> {
                out.addAll(HOST);
                out.addAll(sizes);
            }
            case HTTPD -> {
                for (MpmDirective d : MpmDirective.values()) {
                    if (!OLD.contains(d) && (t.httpd().mpm() == null || d.validFor(t.httpd().mpm().mpm()))) {
                        out.add(d.directive);
                    }
                }
            }
            case CLAMD, FRESHCLAM -> {
                for (ClamOption o : ClamOptions.catalogue().of(tool(t))) {
                    if (!o.commandLineOnly() && !o.deprecated() && !o.hidden()) {
                        out.add(o.name());
                    }
                }
            }
            case UNIT -> out.add(MASKED);
            case PHPFPM_POOL -> out.addAll(IniSettings.POOL);
            case MYSQL -> out.addAll(IniSettings.mysql(t.mysql()));
        }
        if (t.unit() != null) {
            out.addAll(UNIT_MODELLED);
            if (t.kind() == Target.Kind.UNIT) {
                out.addAll(UnitKeys.keysOf("Service"));
            }
        }
        return new ArrayList<>(out);
    }

    /** The values a setting takes when they are a closed list; empty when any value of its type goes. */
    public static List<String> values(Target t, String setting) {
        String s = canonical(t, setting, List.of());
        if (s == null) {
            return List.of();
        }
        if (t.kind() == Target.Kind.CLAMD || t.kind() == Target.Kind.FRESHCLAM) {
            ClamOption o = ClamOptions.catalogue().named(tool(t), s).orElse(null);
            if (o != null) {
                return o.type() == ClamType.BOOL ? YES_NO : List.of();
            }
        }
        if (t.kind() == Target.Kind.PHPFPM_POOL && s.equals("pm")) {
            return IniSettings.PM;
        }
        return switch (s) {
            case MASKED -> List.of("yes");
            case "OOMPolicy" -> Arrays.stream(OomPolicy.values()).map(OomPolicy::systemdName).toList();
            case "Restart" -> Arrays.stream(RestartPolicy.values()).map(RestartPolicy::systemdName).toList();
            case "Type" -> Arrays.stream(ServiceType.values()).map(ServiceType::systemdName).toList();
            case "Delegate", "MemoryAccounting", "RemainAfterExit", "PrivateTmp" -> YES_NO;
            default -> List.of();
        };
    }

    /**
     * The setting as the daemon spells it, matched without regard to case (httpd's rule; ClamAV
     * and systemd are stricter, so the spelling written is always theirs); null when the target
     * has no such setting. A daemon's own option wins over a unit key of the same name
     * ({@code User}): that key is set on the unit by its own name.
     */
    public static String canonical(Target t, String setting, java.util.Collection<String> sizes) {
        switch (t.kind()) {
            case HOST -> {
                String lower = setting.toLowerCase(Locale.ROOT);
                if (HOST.contains(lower)) {
                    return lower;
                }
                return sizes.contains(setting) ? setting : null;
            }
            case HTTPD -> {
                MpmDirective d = MpmDirective.byName(setting);
                if (d != null && (t.httpd().mpm() == null || d.validFor(t.httpd().mpm().mpm()))) {
                    return d.directive;
                }
            }
            case CLAMD, FRESHCLAM -> {
                for (ClamOption o : ClamOptions.catalogue().of(tool(t))) {
                    if (!o.commandLineOnly() && o.name().equalsIgnoreCase(setting)) {
                        return o.name();
                    }
                }
            }
            case UNIT -> {
                if (setting.equalsIgnoreCase(MASKED)) {
                    return MASKED;
                }
            }
            case PHPFPM_POOL -> {
                if (IniSettings.POOL.contains(setting)) {
                    return setting;
                }
            }
            case MYSQL -> {
                String v = setting.replace('-', '_');
                if (IniSettings.mysql(t.mysql()).contains(v)) {
                    return v;
                }
            }
        }
        if (t.unit() != null) {
            for (String k : UnitKeys.keysOf("Service")) {
                if (k.equalsIgnoreCase(setting)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** Whether the setting is the daemon's own (else its unit's). */
    static boolean own(Target t, String canonical) {
        return switch (t.kind()) {
            case HOST -> true;
            case HTTPD -> MpmDirective.byName(canonical) != null;
            case CLAMD, FRESHCLAM -> ClamOptions.catalogue().named(tool(t), canonical).isPresent();
            case UNIT -> false;
            case PHPFPM_POOL -> IniSettings.POOL.contains(canonical);
            case MYSQL -> IniSettings.mysql(t.mysql()).contains(canonical);
        };
    }

    /** Why the value cannot be set, or null when it can (the daemon's own checks come later, in lint). */
    static String refuse(Target t, String setting, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
            return "a value is one line";
        }
        if (t.kind() == Target.Kind.HOST) {
            if (setting.equals("cpus")) {
                return value.matches("[1-9][0-9]{0,4}") ? null : "cpus: '" + value + "' is not a count of CPUs";
            }
            if (setting.equals("reserve")) {
                return dev.headroom.model.Reserve.parse(value) != null ? null
                        : "reserve: '" + value + "' is neither a size (512M) nor a percentage (15%)";
            }
            Long size = Sizes.parse(value);
            return size != null && size > 0 ? null : setting + ": '" + value + "' is not a size (512M, 3.75G)";
        }
        if (setting.equals(MASKED)) {
            return value.equals("yes") ? null
                    : "masked: only yes (a what-if cannot remove the file that masks a unit; headroom writes, never deletes)";
        }
        if (t.kind() == Target.Kind.HTTPD && own(t, setting)) {
            return value.matches("[0-9]{1,9}") ? null : setting + " takes a whole number, not '" + value + "'";
        }
        if ((t.kind() == Target.Kind.PHPFPM_POOL || t.kind() == Target.Kind.MYSQL) && own(t, setting)
                && !setting.equals("pm") && !setting.contains("memory_limit")) {
            return value.matches("[0-9]{1,12}[KkMmGg]?") ? null : setting + " takes a number (sizes may end in K, M or G), not '"
                    + value + "'";
        }
        List<String> closed = values(t, setting);
        if (!closed.isEmpty() && !closed.contains(value) && !(closed == YES_NO && value.matches("(?i)yes|no|true|false|on|off|1|0"))) {
            return setting + " is one of " + String.join(", ", closed) + ", not '" + value + "'";
        }
        return null;
    }

    static ClamTool tool(Target t) {
        return t.kind() == Target.Kind.CLAMD ? ClamTool.CLAMD : ClamTool.FRESHCLAM;
    }
}
