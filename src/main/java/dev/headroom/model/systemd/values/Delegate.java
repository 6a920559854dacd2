package dev.headroom.model.systemd.values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Delegate=} (systemd.resource-control(5)): whether the unit gets its own cgroup
 * subtree to manage. It matters to headroom because it flips the {@code OOMPolicy=} default to
 * {@code continue} (shared/domain.md C.9).
 *
 * <p>{@code config_parse_delegate()} of {@code src/core/load-fragment.c} (v252):
 * <ul>
 * <li>a boolean ({@code parse_boolean()}) turns delegation on for the default set of
 * controllers ({@code CGROUP_MASK_DELEGATE}: cpu cpuset io memory pids), or off;
 * <li><b>the empty value turns it on</b>, with no controllers (it resets the list);
 * <li>anything else is a list of controller names, split like a command line
 * ({@code extract_first_word(…, EXTRACT_UNQUOTE)}), <b>added</b> to the ones already
 * delegated; an unknown name gets {@code Invalid controller name 'X', ignoring} and is skipped,
 * but delegation is on even if no name was valid ({@code Delegate=maybe} delegates);
 * <li>bad quoting ({@code Delegate="cpu}) gives {@code Invalid syntax, ignoring: VALUE} and the
 * line changes nothing, after the warnings for the names before the error.
 * </ul>
 */
public final class Delegate {

    /** {@code cgroup_controller_table[]} in {@code src/basic/cgroup-util.c}, in its order. */
    static final List<String> CONTROLLERS = List.of("cpu", "cpuacct", "cpuset", "io", "blkio", "memory",
            "devices", "pids", "bpf-firewall", "bpf-devices", "bpf-foreign", "bpf-socket-bind",
            "bpf-restrict-network-interfaces");

    /** {@code CGROUP_MASK_DELEGATE} = the cgroup v2 controllers, what {@code Delegate=yes} hands over. */
    static final Set<String> DEFAULT_CONTROLLERS = inTableOrder(List.of("cpu", "cpuset", "io", "memory", "pids"));

    /**
     * One {@code Delegate=} line, read.
     *
     * @param enabled     delegation after this line
     * @param controllers the controllers this line names (all of {@code Delegate=yes}'s; none
     *                    for no or empty), in systemd's table order
     * @param adds        true for the list form, whose controllers are added to those of earlier
     *                    lines; false when the line replaces them
     * @param warnings    systemd's warnings for the line (unknown controller names)
     */
    public record Assignment(boolean enabled, Set<String> controllers, boolean adds, List<String> warnings) {

        /** A unit without {@code Delegate=}. */
        public static final Assignment NONE = new Assignment(false, Set.of(), false, List.of());

        public Assignment {
            controllers = inTableOrder(controllers);
            warnings = List.copyOf(warnings);
        }

        /** The effective state once {@code next} follows this one (last wins, lists add up). */
        public Assignment followedBy(Assignment next) {
            if (!next.adds) {
                return next;
            }
            Set<String> both = new LinkedHashSet<>(controllers);
            both.addAll(next.controllers);
            return new Assignment(true, both, false, next.warnings);
        }
    }

    private Delegate() {
    }

    /** Whether the line turns delegation on (see {@link #read} for its controllers and warnings). */
    public static boolean parse(String key, String value) throws InvalidValueException {
        return read(key, value).enabled();
    }

    public static Assignment read(String key, String value) throws InvalidValueException {
        String v = Whitespace.rvalue(value);
        if (v.isEmpty()) {
            return new Assignment(true, Set.of(), false, List.of());
        }
        Boolean b = SystemdBoolean.parseBoolean(v);
        if (b != null) {
            return new Assignment(b, b ? DEFAULT_CONTROLLERS : Set.of(), false, List.of());
        }
        List<String> warnings = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        WordExtractor words = WordExtractor.unquotingWords(v);
        for (;;) {
            String word;
            try {
                word = words.next();
            } catch (ParseFailure e) {
                throw new InvalidValueException(key, v, "Invalid syntax, ignoring: " + v, warnings);
            }
            if (word == null) {
                break;
            }
            if (CONTROLLERS.contains(word)) {
                named.add(word);
            } else {
                warnings.add("Invalid controller name '" + word + "', ignoring");
            }
        }
        return new Assignment(true, named, true, warnings);
    }

    private static Set<String> inTableOrder(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : CONTROLLERS) {
            if (names.contains(c)) {
                out.add(c);
            }
        }
        if (out.size() != names.size()) {
            throw new IllegalArgumentException("not cgroup controllers: " + names);
        }
        return Collections.unmodifiableSet(out);
    }
}
