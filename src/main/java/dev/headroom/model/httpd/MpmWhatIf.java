package dev.headroom.model.httpd;

import java.util.ArrayList;
import java.util.Map;

/**
 * The MPM settings httpd would run with if some directives were written with other values:
 * the configuration's own values with these replaced, through the same start-up arithmetic
 * ({@link MpmCheck}). For sizing proposals and what-if edits.
 */
public final class MpmWhatIf {

    private MpmWhatIf() {
    }

    /** Null when the configuration loads no MPM. */
    public static MpmSettings run(HttpdConfig c, Map<MpmDirective, Integer> values) {
        if (c.mpm() == null) {
            return null;
        }
        Mpm mpm = c.mpm().mpm();
        Map<MpmDirective, Configured> configured = MpmValues.collect(mpm, c.directives(), new ArrayList<>());
        for (Map.Entry<MpmDirective, Integer> e : values.entrySet()) {
            Configured old = configured.get(e.getKey());
            configured.put(e.getKey(), new Configured(String.valueOf(e.getValue()),
                    old != null ? old.origin() : c.mpmOrigin(), e.getKey().directive));
        }
        return MpmCheck.run(mpm, configured, c.mpmOrigin(), Runtime.getRuntime().availableProcessors());
    }

    /** Whether httpd prints anything about these settings at start-up (an adjustment with an AH code). */
    public static boolean quiet(MpmSettings s) {
        return s.adjustments().stream().allMatch(a -> a.daemonCode() == null);
    }
}
