package dev.headroom.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.headroom.model.Reserve;

/**
 * A {@code .headroom.ini} (DESIGN.md §2 and §5):
 *
 * <pre>
 * [rules]
 * select = HT3, SD          ; only these rule IDs or prefixes
 * ignore = HT301            ; never these (ignore wins over select)
 * fail-on = warning         ; error, warning, info or none
 * severity.HT320 = error    ; report this rule (or prefix) at another severity
 *
 * [budget]
 * reserve = 15%             ; a size (256M) or a percentage of RAM
 * </pre>
 *
 * An unknown section or key, or a value that does not parse, is an error with its place: like
 * the facts file, it is short and written by hand, so a typo must not silently drop a setting.
 * Rule IDs are checked against the registry by the caller, which knows the rules.
 */
public record HeadroomIni(String display, Setting select, Setting ignore, Setting failOn, Setting reserve,
        List<SeverityOverride> severities) {

    public static final String FILE_NAME = ".headroom.ini";

    static final Set<String> FAIL_ON = Set.of("error", "warning", "info", "none");
    static final Set<String> SEVERITIES = Set.of("error", "warning", "info");
    private static final Pattern RULE_PREFIX = Pattern.compile("[A-Za-z]{2}[0-9]{0,3}");
    private static final String SEVERITY_KEY = "severity.";

    /** An empty configuration: nothing set. */
    public static final HeadroomIni NONE = new HeadroomIni(null, null, null, null, null, List.of());

    public static HeadroomIni parse(String display, String text) throws ConfigException {
        IniFile ini;
        try {
            ini = IniFile.parse(display, text);
        } catch (IniFile.IniException e) {
            throw new ConfigException(e.getMessage());
        }
        for (String s : ini.sectionNames()) {
            if (!s.equals("rules") && !s.equals("budget")) {
                throw new ConfigException(ini.where(s, null) + ": error: unknown section [" + s
                        + "] (a .headroom.ini has [rules] and [budget])");
            }
        }
        Map<String, String> rules = ini.section("rules");
        List<SeverityOverride> severities = new ArrayList<>();
        for (Map.Entry<String, String> e : rules.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(SEVERITY_KEY)) {
                severities.add(severity(ini, k, e.getValue()));
            } else if (!k.equals("select") && !k.equals("ignore") && !k.equals("fail-on")) {
                throw new ConfigException(ini.where("rules", k) + ": error: unknown key '" + k
                        + "' in [rules] (select, ignore, fail-on, severity.ID)");
            }
        }
        for (String k : ini.section("budget").keySet()) {
            if (!k.equals("reserve")) {
                throw new ConfigException(ini.where("budget", k) + ": error: unknown key '" + k
                        + "' in [budget] (reserve)");
            }
        }
        Setting failOn = setting(ini, "rules", "fail-on");
        if (failOn != null) {
            failOn = failOn(failOn);
        }
        Setting reserve = setting(ini, "budget", "reserve");
        if (reserve != null) {
            reserve(reserve);
        }
        return new HeadroomIni(display, setting(ini, "rules", "select"), setting(ini, "rules", "ignore"), failOn,
                reserve, List.copyOf(severities));
    }

    /** A fail-on level, lower-cased; an error naming the levels when it is none of them. */
    static Setting failOn(Setting s) throws ConfigException {
        String v = s.value().strip().toLowerCase(Locale.ROOT);
        if (!FAIL_ON.contains(v)) {
            throw new ConfigException(s.where() + ": error: fail-on '" + s.value()
                    + "' is not one of error, warning, info, none");
        }
        return new Setting(v, s.where());
    }

    /** A reserve, checked: a size or a percentage below 100. */
    static Reserve reserve(Setting s) throws ConfigException {
        Reserve r = Reserve.parse(s.value());
        if (r == null) {
            throw new ConfigException(s.where() + ": error: reserve '" + s.value()
                    + "' is neither a size (256M) nor a percentage (10%)");
        }
        return r;
    }

    private static SeverityOverride severity(IniFile ini, String key, String value) throws ConfigException {
        String where = ini.where("rules", key);
        String id = key.substring(SEVERITY_KEY.length()).strip();
        if (!RULE_PREFIX.matcher(id).matches()) {
            throw new ConfigException(where + ": error: '" + key + "' names no rule ID (severity.HT301 = error)");
        }
        String level = value.strip().toLowerCase(Locale.ROOT);
        if (!SEVERITIES.contains(level)) {
            throw new ConfigException(where + ": error: " + key + " = '" + value
                    + "' is not one of error, warning, info (to turn a rule off, use ignore = " + id + ")");
        }
        return new SeverityOverride(id.toUpperCase(Locale.ROOT), level, where);
    }

    private static Setting setting(IniFile ini, String section, String key) {
        String v = ini.section(section).get(key);
        return v == null ? null : new Setting(v, ini.where(section, key));
    }
}
