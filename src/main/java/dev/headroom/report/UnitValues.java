package dev.headroom.report;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.headroom.model.systemd.values.MemoryLimit;
import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.model.systemd.values.ResourceLimit;
import dev.headroom.model.systemd.values.RestartPolicy;
import dev.headroom.model.systemd.values.ServiceType;
import dev.headroom.model.systemd.values.TimeSpan;

/**
 * Unit values as DESIGN.md §2 wants them in JSON: time spans in seconds ({@code null} for
 * infinity), sizes in bytes ({@code null} for infinity; a percentage of RAM as
 * {@code {"percent": 80}} until the host's RAM is known), enumerations by systemd's names.
 */
final class UnitValues {

    private UnitValues() {
    }

    static Object json(Object v) {
        if (v instanceof TimeSpan t) {
            return t.seconds();
        }
        if (v instanceof MemoryLimit m) {
            if (m.infinite()) {
                return null;
            }
            if (m.permyriad() > 0) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("percent", m.permyriad() / 100.0);
                return p;
            }
            return m.bytes();
        }
        if (v instanceof ResourceLimit r) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("soft", r.soft() == ResourceLimit.INFINITY ? null : r.soft());
            l.put("hard", r.hard() == ResourceLimit.INFINITY ? null : r.hard());
            return l;
        }
        if (v instanceof ServiceType t) {
            return t.systemdName();
        }
        if (v instanceof OomPolicy o) {
            return o.systemdName();
        }
        if (v instanceof RestartPolicy r) {
            return r.systemdName();
        }
        return v;
    }

    /** The same for people: "1min 30s" style is systemd's; seconds are plainer here. */
    static String text(Object v) {
        Object j = json(v);
        if (j == null) {
            return "infinity";
        }
        if (j instanceof Map<?, ?> m) {
            if (m.containsKey("percent")) {
                return m.get("percent") + "%";
            }
            Object soft = m.get("soft");
            Object hard = m.get("hard");
            return (soft == null ? "infinity" : soft) + ":" + (hard == null ? "infinity" : hard);
        }
        if (j instanceof Double d) {
            return (d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d)) + "s";
        }
        return String.valueOf(j);
    }
}
