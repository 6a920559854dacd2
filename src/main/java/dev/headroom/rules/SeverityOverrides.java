package dev.headroom.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.headroom.model.Finding;
import dev.headroom.model.Severity;

/**
 * The {@code severity.ID = LEVEL} settings of {@code .headroom.ini}: a finding of a rule whose
 * ID starts with ID is reported at LEVEL (the longest matching prefix wins, so
 * {@code severity.HT3 = info} with {@code severity.HT301 = error} makes HT301 an error and the
 * other HT3 rules info). The reported severity is the one {@code --fail-on} is held against.
 */
public final class SeverityOverrides {

    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of());

    private final Map<String, Severity> byPrefix;

    public SeverityOverrides(Map<String, Severity> byPrefix) {
        Map<String, Severity> m = new LinkedHashMap<>();
        byPrefix.forEach((k, v) -> m.put(k.toUpperCase(Locale.ROOT), v));
        this.byPrefix = m;
    }

    /** The severity a rule is reported at. */
    public Severity of(String id, Severity own) {
        String best = null;
        for (String p : byPrefix.keySet()) {
            if (id.startsWith(p) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best == null ? own : byPrefix.get(best);
    }

    public List<Finding> apply(List<Finding> findings) {
        if (byPrefix.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Severity s = of(f.rule(), f.severity());
            out.add(s == f.severity() ? f
                    : new Finding(f.rule(), f.name(), s, f.message(), f.origin(), f.daemonCode(), f.remedies()));
        }
        return out;
    }
}
