package dev.headroom.model.mysql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The options mariadbd 10.11 knows (resource {@code mariadbd-10.11-options.txt}, taken from
 * {@code mariadbd --no-defaults --help --verbose} of Debian 12's 10.11.19) and how
 * {@code my_getopt} finds one from a name: the exact name first, else the only option the name
 * is a prefix of ("Using unique option prefix 'key_buffer' is error-prone"), else "ambiguous
 * option" when several are. Without the prefix {@code skip-}/{@code disable-}/{@code enable-}
 * that {@link OptionName} removes, unless the whole name is itself an option
 * ({@code skip-name-resolve}).
 */
final class ServerOptionNames {

    private static final NavigableSet<String> NAMES = load();

    /**
     * @param option     the option found, or null
     * @param candidates for an ambiguous name, the options it is a prefix of
     */
    record Match(String option, List<String> candidates) {

        boolean exact(String name) {
            return name.equals(option);
        }

        boolean ambiguous() {
            return option == null && candidates.size() > 1;
        }
    }

    private ServerOptionNames() {
    }

    private static NavigableSet<String> load() {
        NavigableSet<String> names = new TreeSet<>();
        try (InputStream in = ServerOptionNames.class.getResourceAsStream("mariadbd-10.11-options.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    names.add(l.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static boolean isOption(String name) {
        return NAMES.contains(name);
    }

    /** @param name an option name with {@code _} for {@code -} and no {@code loose_} */
    static Match find(String name) {
        if (NAMES.contains(name)) {
            return new Match(name, List.of(name));
        }
        List<String> candidates = new ArrayList<>();
        for (String n : NAMES.tailSet(name, false)) {
            if (!n.startsWith(name)) {
                break;
            }
            candidates.add(n);
        }
        return new Match(candidates.size() == 1 ? candidates.get(0) : null, candidates);
    }
}
