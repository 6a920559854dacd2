package dev.headroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import dev.headroom.model.Workspace;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.model.httpd.HttpdConfig;

/** Which services must be reloaded for changed files to take effect, and doing it on request. */
final class Reloads {

    private Reloads() {
    }

    /** The units whose daemons read the changed files (server paths), or whose unit files or drop-ins changed. */
    static List<String> units(Workspace ws, List<String> files) {
        TreeSet<String> out = new TreeSet<>();
        for (String f : files) {
            if (f.contains("/systemd/system/")) {
                String rest = f.substring(f.indexOf("/systemd/system/") + "/systemd/system/".length());
                String unit = rest.contains(".d/") ? rest.substring(0, rest.indexOf(".d/")) : rest;
                if (!rest.contains(".d/") && isMasked(ws, unit)) {
                    continue; // masking takes effect with daemon-reload; stopping it is the user's call
                }
                out.add(unit);
            }
        }
        for (HttpdConfig c : ws.httpd()) {
            if (c.files().stream().anyMatch(sf -> files.contains("/" + sf.display()))) {
                out.add(c.name() + ".service");
            }
        }
        if (ws.clamav() != null) {
            for (ClamdInstance c : ws.clamav().clamd()) {
                if (c.unit() != null && files.contains("/" + c.config().file())) {
                    out.add(c.unit().name());
                }
            }
            for (FreshclamInstance f : ws.clamav().freshclam()) {
                if (f.unit() != null && files.contains("/" + f.config().file())) {
                    out.add(f.unit().name());
                }
            }
        }
        if (ws.systemd() != null) {
            if (ws.phpfpm() != null && ws.phpfpm().files().stream().anyMatch(sf -> files.contains("/" + sf.display()))) {
                addUnit(out, ws.systemd().running(dev.headroom.model.systemd.Daemons::isPhpFpm));
            }
            if (ws.mysql() != null && ws.mysql().files().stream().anyMatch(sf -> files.contains("/" + sf.display()))) {
                addUnit(out, ws.systemd().running(dev.headroom.model.systemd.SystemdConfig::isMysqlServer));
            }
        }
        return new ArrayList<>(out);
    }

    private static void addUnit(TreeSet<String> out, dev.headroom.model.systemd.ServiceUnit u) {
        if (u != null) {
            out.add(u.name());
        }
    }

    private static boolean isMasked(Workspace ws, String unit) {
        if (ws.systemd() == null) {
            return false;
        }
        return ws.systemd().services().stream().anyMatch(u -> u.name().equals(unit) && u.masked());
    }

    /** systemctl daemon-reload (when unit files changed), then try-reload-or-restart; false when one fails. */
    static boolean run(List<String> units, boolean daemonReload, PrintWriter out, PrintWriter err) {
        List<List<String>> commands = new ArrayList<>();
        if (daemonReload) {
            commands.add(List.of("systemctl", "daemon-reload"));
        }
        if (!units.isEmpty()) {
            List<String> c = new ArrayList<>(List.of("systemctl", "try-reload-or-restart"));
            c.addAll(units);
            commands.add(c);
        }
        for (List<String> c : commands) {
            out.println("$ " + String.join(" ", c));
            try {
                Process p = new ProcessBuilder(c).inheritIO().start();
                if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    err.println("headroom: '" + String.join(" ", c) + "' failed; the change stays applied "
                            + "(headroom rollback undoes it)");
                    return false;
                }
            } catch (IOException e) {
                err.println("headroom: cannot run systemctl: " + e.getMessage() + "; the change stays applied");
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
