package dev.headroom.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which {@code .headroom.ini} a run uses, one for the whole run: the file named by
 * {@code --config} or {@code HEADROOM_CONFIG} (then nothing is searched); else the nearest
 * {@code .headroom.ini} in the start directory or one of its parents (as ruff, hadolint and
 * EditorConfig find theirs); else the user's {@code $XDG_CONFIG_HOME/headroom/config.ini}
 * ({@code ~/.config/headroom/config.ini} when XDG_CONFIG_HOME is unset or not absolute, as the
 * XDG Base Directory specification says). The environment is passed in, so tests need not
 * change the real one.
 */
public final class ConfigLocation {

    public static final String ENV_CONFIG = "HEADROOM_CONFIG";

    private ConfigLocation() {
    }

    /**
     * @param explicit the {@code --config} flag, or null
     * @param start    the directory to search upward from (made absolute), or null for none
     * @return the file to read, or null when there is none; an explicit file is returned even
     *         when it does not exist, so that reading it reports the mistake
     */
    public static Path find(Path explicit, Path start, Map<String, String> env) {
        if (explicit != null) {
            return explicit;
        }
        String named = env.get(ENV_CONFIG);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        if (start != null) {
            for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
                Path candidate = d.resolve(HeadroomIni.FILE_NAME);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        Path user = userConfig(env);
        return user != null && Files.isRegularFile(user) ? user : null;
    }

    /** {@code $XDG_CONFIG_HOME/headroom/config.ini}, or under {@code $HOME/.config}; null with neither. */
    public static Path userConfig(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "headroom", "config.ini");
        }
        String home = env.get("HOME");
        if (home != null && !home.isEmpty()) {
            return Path.of(home, ".config", "headroom", "config.ini");
        }
        return null;
    }

    /** Where a run's upward search starts: the first PATH's directory, else the root. */
    public static Path start(java.util.List<Path> paths, Path root) {
        if (!paths.isEmpty()) {
            Path abs = paths.get(0).toAbsolutePath().normalize();
            return Files.isDirectory(abs) ? abs : abs.getParent();
        }
        return root;
    }
}
