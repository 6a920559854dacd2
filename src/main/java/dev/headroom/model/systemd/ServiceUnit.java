package dev.headroom.model.systemd;

import java.util.List;
import java.util.Map;

import dev.headroom.model.systemd.values.CommandWords;
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

    /** The words of the first ExecStart= command, split as systemd splits them; empty without one. */
    public List<String> argv() {
        return execStart == null ? List.of() : CommandWords.of(execStart);
    }

    /** The executable's file name, e.g. {@code httpd} for {@code /usr/sbin/httpd $OPTIONS -DFOREGROUND}. */
    public String executable() {
        List<String> argv = argv();
        if (argv.isEmpty()) {
            return null;
        }
        String first = argv.get(0);
        // Prefixes of ExecStart= (systemd.service(5)): @ - : + ! !!
        int i = 0;
        while (i < first.length() && "@-:+!".indexOf(first.charAt(i)) >= 0) {
            i++;
        }
        first = first.substring(i);
        return first.substring(first.lastIndexOf('/') + 1);
    }
}
