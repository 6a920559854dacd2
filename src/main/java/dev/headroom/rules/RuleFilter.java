package dev.headroom.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --select} and {@code --ignore}: comma-separated rule IDs or ID prefixes
 * ({@code HT3} is every httpd resource rule). Ignore wins over select.
 */
public final class RuleFilter {

    private final List<String> select;
    private final List<String> ignore;

    public RuleFilter(List<String> select, List<String> ignore) {
        this.select = normalize(select);
        this.ignore = normalize(ignore);
    }

    public static RuleFilter all() {
        return new RuleFilter(List.of(), List.of());
    }

    public boolean enabled(String id) {
        String u = id.toUpperCase(Locale.ROOT);
        for (String p : ignore) {
            if (u.startsWith(p)) {
                return false;
            }
        }
        if (select.isEmpty()) {
            return true;
        }
        for (String p : select) {
            if (u.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Entries that match no known rule: almost certainly a typo the user wants to hear of. */
    public List<String> unknown(List<RuleInfo> rules) {
        List<String> bad = new ArrayList<>();
        List<String> both = new ArrayList<>(select);
        both.addAll(ignore);
        for (String p : both) {
            boolean hit = false;
            for (RuleInfo r : rules) {
                if (r.id().startsWith(p)) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                bad.add(p);
            }
        }
        return bad;
    }

    private static List<String> normalize(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            for (String p : s.split("[,\\s]+")) {
                if (!p.isEmpty()) {
                    out.add(p.toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
