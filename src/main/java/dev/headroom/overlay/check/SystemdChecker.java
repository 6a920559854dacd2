package dev.headroom.overlay.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code systemd-analyze verify --root=ROOT --man=no UNIT...} on the units whose files or
 * drop-ins changed (systemd 252 reads the tree under the root as it would at boot).
 */
final class SystemdChecker implements Checker {

    @Override
    public String name() {
        return "systemd-analyze verify";
    }

    @Override
    public boolean concerns(List<String> changed) {
        return !units(changed).isEmpty();
    }

    @Override
    public List<String> messages(Path root, List<String> changed) {
        Path analyze = Programs.find("systemd-analyze");
        if (analyze == null) {
            return null;
        }
        List<String> units = new ArrayList<>();
        for (String u : units(changed)) {
            // a unit the change masks (an empty unit file in /etc) has nothing left to verify
            Path file = root.resolve("etc/systemd/system").resolve(u);
            try {
                if (Files.exists(file) && Files.size(file) == 0) {
                    continue;
                }
            } catch (IOException e) {
                // not readable: let systemd-analyze say so
            }
            units.add(u);
        }
        if (units.isEmpty()) {
            return List.of();
        }
        List<String> cmd = new ArrayList<>(List.of(analyze.toString(), "verify", "--root=" + root, "--man=no"));
        cmd.addAll(units);
        return Programs.run(cmd, root);
    }

    /** {@code /etc/systemd/system/clamd@scan.service.d/x.conf} → {@code clamd@scan.service}. */
    static List<String> units(List<String> changed) {
        TreeSet<String> out = new TreeSet<>();
        for (String f : changed) {
            if (!f.contains("/systemd/system/")) {
                continue;
            }
            String rest = f.substring(f.indexOf("/systemd/system/") + "/systemd/system/".length());
            String unit = rest.contains(".d/") ? rest.substring(0, rest.indexOf(".d/")) : rest;
            if (unit.matches("[^/]+\\.(service|socket|target|timer|mount|path|slice)")) {
                out.add(unit);
            }
        }
        return new ArrayList<>(out);
    }
}
