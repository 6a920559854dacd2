package dev.headroom.plan;

import java.util.Map;

/**
 * The drop-in through which the plan sets unit keys: {@code /etc/systemd/system/UNIT.d/zz-headroom.conf}.
 * Drop-ins apply in name order and the last assignment of a scalar wins (shared/domain.md C.5),
 * so the name sorts after the usual {@code override.conf} and numbered files.
 */
final class DropIns {

    static final String NAME = "zz-headroom.conf";

    private DropIns() {
    }

    static String path(String unit) {
        return "/etc/systemd/system/" + unit + ".d/" + NAME;
    }

    /**
     * The text of a new drop-in, or the existing one with these keys set.
     *
     * @param header the comment a new drop-in starts with ("Written by headroom plan: fixes CL301.")
     */
    static String text(String existing, Map<String, String> keys, String header) {
        if (existing == null || existing.isEmpty()) {
            StringBuilder b = new StringBuilder("# ").append(header).append("\n")
                    .append("[Service]\n");
            keys.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
            return b.toString();
        }
        String text = existing;
        for (Map.Entry<String, String> e : keys.entrySet()) {
            int line = lineOf(text, e.getKey());
            String edited = line > 0 ? TextEdits.setOnLine(text, line, e.getKey(), e.getValue(), false) : null;
            text = edited != null ? edited : TextEdits.append(text, e.getKey() + "=" + e.getValue());
        }
        return text;
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key + "=")) {
                return i + 1;
            }
        }
        return 0;
    }
}
