package dev.headroom.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.headroom.model.Reserve;

/**
 * The settings a run uses, each from the highest of three layers: a flag, else a
 * {@code HEADROOM_*} environment variable, else the {@code .headroom.ini} (section
 * {@link ConfigLocation}). A layer replaces a lower one's value whole ({@code --select SD}
 * over a file's {@code select = HT3} selects SD only). Severity overrides are set in the file
 * only.
 *
 * @param file       the file read, as shown in messages, or null when there was none
 * @param select     rule IDs or prefixes, comma-separated, or null
 * @param ignore     the same, or null
 * @param failOn     error, warning, info or none, or null (the command's default)
 * @param reserve    a size or percentage, checked, or null (the default reserve)
 * @param severities the file's severity overrides
 */
public record RunConfig(String file, Setting select, Setting ignore, Setting failOn, Setting reserve,
        List<SeverityOverride> severities) {

    public static final String ENV_SELECT = "HEADROOM_SELECT";
    public static final String ENV_IGNORE = "HEADROOM_IGNORE";
    public static final String ENV_FAIL_ON = "HEADROOM_FAIL_ON";
    public static final String ENV_RESERVE = "HEADROOM_RESERVE";

    /**
     * The values given as flags, null (or empty, for the lists) when not given.
     */
    public record Flags(List<String> select, List<String> ignore, String failOn, String reserve) {

        public static final Flags NONE = new Flags(List.of(), List.of(), null, null);
    }

    /**
     * Finds and reads the configuration file, then lays the environment and the flags over it.
     *
     * @param explicit {@code --config FILE}, or null
     * @param start    where the upward search for {@code .headroom.ini} starts
     */
    public static RunConfig load(Path explicit, Path start, Map<String, String> env, Flags flags)
            throws ConfigException {
        Path path = ConfigLocation.find(explicit, start, env);
        HeadroomIni file = path == null ? HeadroomIni.NONE : read(path, explicit != null);
        return resolve(file, env, flags);
    }

    /** Flag over environment over file, each value checked where it was set. */
    public static RunConfig resolve(HeadroomIni file, Map<String, String> env, Flags flags) throws ConfigException {
        Setting select = pick(list(flags.select(), "--select"), env(env, ENV_SELECT), file.select());
        Setting ignore = pick(list(flags.ignore(), "--ignore"), env(env, ENV_IGNORE), file.ignore());
        Setting failOn = pick(flags.failOn() == null ? null : new Setting(flags.failOn(), "--fail-on"),
                env(env, ENV_FAIL_ON), file.failOn());
        if (failOn != null) {
            failOn = HeadroomIni.failOn(failOn);
        }
        Setting reserve = pick(flags.reserve() == null ? null : new Setting(flags.reserve(), "--reserve"),
                env(env, ENV_RESERVE), file.reserve());
        if (reserve != null) {
            HeadroomIni.reserve(reserve);
        }
        return new RunConfig(file.display(), select, ignore, failOn, reserve, file.severities());
    }

    /** The select IDs, split; empty when none were set. */
    public List<String> selectIds() {
        return ids(select);
    }

    public List<String> ignoreIds() {
        return ids(ignore);
    }

    /** The fail-on level, or the default given. */
    public String failOnOr(String dflt) {
        return failOn == null ? dflt : failOn.value();
    }

    /** The reserve, or null for the default one. */
    public Reserve reserveValue() {
        return reserve == null ? null : Reserve.parse(reserve.value());
    }

    private static HeadroomIni read(Path path, boolean named) throws ConfigException {
        if (named && !Files.exists(path)) {
            throw new ConfigException(path + ": error: no such configuration file");
        }
        try {
            // One char per byte, as the facts file is read: a config file's keys are ASCII.
            return HeadroomIni.parse(path.toString(),
                    new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new ConfigException(path + ": error: cannot read the configuration file: " + e.getMessage());
        }
    }

    private static Setting pick(Setting flag, Setting env, Setting file) {
        return flag != null ? flag : env != null ? env : file;
    }

    private static Setting list(List<String> values, String flag) {
        return values == null || values.isEmpty() ? null : new Setting(String.join(",", values), flag);
    }

    private static Setting env(Map<String, String> env, String name) {
        // Set but empty is unset, as shells leave it (HEADROOM_SELECT= in a CI file).
        String v = env.get(name);
        return v == null || v.isBlank() ? null : new Setting(v, name);
    }

    private static List<String> ids(Setting s) {
        if (s == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (String p : s.value().split("[,\\s]+")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
