package dev.headroom.model.systemd;

import java.util.List;
import java.util.Map;

import dev.headroom.source.Origin;

/**
 * A service as systemd will run it: its fragment, the drop-ins applied to it in order, whether
 * it is enabled or masked, and the effective value of each setting headroom models.
 *
 * @param name      the full unit name ({@code clamd@scan.service} for an instance)
 * @param fragment  the unit file loaded, as displayed
 * @param dropIns   the drop-ins applied, in order, as displayed
 * @param execStart the first ExecStart= command line (specifiers expanded), or null
 * @param settings  by key: Type, ExecStart, TimeoutStartSec, TimeoutStopSec, OOMPolicy,
 *                  MemoryMax, MemoryHigh, LimitNOFILE, Restart, Delegate
 * @param at        where to point a finding about the unit as a whole (its fragment)
 */
public record ServiceUnit(String name, String fragment, List<String> dropIns, boolean enabled,
        boolean masked, boolean loadFailed, String execStart, Map<String, UnitSetting> settings,
        Origin at) {

    public UnitSetting get(String key) {
        return settings.get(key);
    }

    /** The executable's file name, e.g. {@code httpd} for {@code /usr/sbin/httpd $OPTIONS -DFOREGROUND}. */
    public String executable() {
        if (execStart == null) {
            return null;
        }
        String cmd = execStart.strip();
        // Prefixes of ExecStart= (systemd.service(5)): @ - : + ! !!
        while (!cmd.isEmpty() && "@-:+!".indexOf(cmd.charAt(0)) >= 0) {
            cmd = cmd.substring(1);
        }
        String first = cmd.split("\\s+", 2)[0];
        return first.substring(first.lastIndexOf('/') + 1);
    }
}
