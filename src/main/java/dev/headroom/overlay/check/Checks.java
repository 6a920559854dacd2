package dev.headroom.overlay.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.headroom.overlay.Validator;

/**
 * Validation by the daemons' own checkers, compared with the tree before the change: a snapshot
 * of a server's files lacks the binaries and targets a checker also complains about, so only
 * what the change adds counts as a failure. Made before the change is applied (it records the
 * checkers' messages on the tree as it is), used after.
 */
public final class Checks {

    private static final List<Checker> ALL = List.of(new HttpdChecker(), new SystemdChecker(), new ClamavChecker());

    private final List<String> changed;
    private final Map<Checker, List<String>> baseline = new LinkedHashMap<>();
    private final List<String> notRun = new ArrayList<>();

    private Checks(List<String> changed) {
        this.changed = List.copyOf(changed);
    }

    /** Runs the checkers that concern these changed files (server paths) on the tree as it is now. */
    public static Checks before(Path root, List<String> changedFiles) {
        Checks c = new Checks(changedFiles);
        for (Checker k : ALL) {
            if (!k.concerns(changedFiles)) {
                continue;
            }
            List<String> m = k.messages(root, changedFiles);
            if (m == null) {
                c.notRun.add(k.name());
            } else {
                c.baseline.put(k, m);
            }
        }
        return c;
    }

    /** The checkers that would have been run but are not installed here. */
    public List<String> notRun() {
        return notRun;
    }

    /** The checkers that ran. */
    public List<String> ran() {
        return baseline.keySet().stream().map(Checker::name).toList();
    }

    /** Fails when a checker says something on the changed tree that it did not say before. */
    public Validator validator() {
        return root -> {
            List<String> news = new ArrayList<>();
            for (Map.Entry<Checker, List<String>> e : baseline.entrySet()) {
                List<String> after = e.getKey().messages(root, changed);
                List<String> before = new ArrayList<>(e.getValue());
                for (String l : after == null ? List.<String>of() : after) {
                    if (!before.remove(l)) {
                        news.add(e.getKey().name() + ": " + l);
                    }
                }
            }
            return news.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", news));
        };
    }
}
