package dev.headroom.model.sysctl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.headroom.testing.Oracles;

/**
 * The real programs run against a generated tree: Debian 12's {@code systemd-sysctl} (252) and
 * procps {@code sysctl --system} (4.0.2). Neither has a root option, so each runs in a private
 * mount namespace (unshare, as an unprivileged user mapped to root) where the tree's
 * directories are bind-mounted over {@code /etc/sysctl.d}, {@code /run/sysctl.d},
 * {@code /usr/local/lib/sysctl.d}, {@code /usr/lib/sysctl.d} and {@code /etc/sysctl.conf}.
 *
 * <p>They write what they apply, so before anything else a directory of ours is bind-mounted
 * over {@code /proc/sys}, and the program is only started once a marker file proves that
 * {@code /proc/sys} is that directory: the machine's own kernel settings are never touched.
 * Writes land in the fake directory; systemd-sysctl's debug log ("Setting 'P' to 'V'") gives
 * the order and values, procps truncates each file it writes so the files give the values.
 */
final class SysctlOracle {

    static final String MARKER = ".headroom-fake-proc-sys";
    private static final Path SYSTEMD_SYSCTL = Path.of("/lib/systemd/systemd-sysctl");
    private static final Path PROCPS_SYSCTL = Path.of("/sbin/sysctl");
    private static final Path UNSHARE = Path.of("/usr/bin/unshare");

    private static final String SCRIPT = String.join("\n",
            "set -eu",
            "mode=$1; tree=$2; proc=$3",
            "# First of all the fake /proc/sys; nothing may run before it is proven in place.",
            "mount --bind \"$proc\" /proc/sys",
            "test -e /proc/sys/" + MARKER + " || exit 97",
            "if [ \"$mode\" != real ]; then",
            "  mount --bind \"$tree/etc/sysctl.d\" /etc/sysctl.d",
            "  mount -t tmpfs tmpfs /run; mkdir /run/sysctl.d",
            "  mount --bind \"$tree/run/sysctl.d\" /run/sysctl.d",
            "  mount -t tmpfs tmpfs /usr/local/lib; mkdir /usr/local/lib/sysctl.d",
            "  mount --bind \"$tree/usr/local/lib/sysctl.d\" /usr/local/lib/sysctl.d",
            "  mount --bind \"$tree/usr/lib/sysctl.d\" /usr/lib/sysctl.d",
            "  if [ -f \"$tree/etc/sysctl.conf\" ]; then mount --bind \"$tree/etc/sysctl.conf\" /etc/sysctl.conf;",
            "  else mount --bind /dev/null /etc/sysctl.conf; fi",
            "fi",
            "test -e /proc/sys/" + MARKER + " || exit 97",
            "case $mode in",
            "  systemd) exec env -i SYSTEMD_LOG_LEVEL=debug SYSTEMD_LOG_TARGET=console SYSTEMD_LOG_COLOR=0 "
                    + SYSTEMD_SYSCTL + " ;;",
            "  procps) exec env -i " + PROCPS_SYSCTL + " --system ;;",
            "  real) exec env -i SYSTEMD_LOG_LEVEL=info " + SYSTEMD_SYSCTL + " --cat-config --no-pager ;;",
            "esac",
            "exit 98",
            "");

    private static final Pattern SETTING = Pattern.compile("^Setting '/proc/sys/(.*)' to '(.*)'$");
    private static final Pattern NOT_ASSIGNMENT = Pattern.compile("^(/.*):(\\d+): Line is not an assignment, ignoring: .*$");

    /** What a program did. */
    record Run(int exit, List<String> output, Map<String, String> written, List<String> filesRead,
            List<String> notAssignments) {
    }

    private SysctlOracle() {
    }

    /** Skips the test (fails it in CI) unless the programs and a namespace are at hand. */
    static void require() {
        boolean present = Files.isExecutable(SYSTEMD_SYSCTL) && Files.isExecutable(PROCPS_SYSCTL)
                && Files.isExecutable(UNSHARE) && Files.isDirectory(Path.of("/etc/sysctl.d"))
                && Files.isDirectory(Path.of("/usr/lib/sysctl.d")) && Files.isDirectory(Path.of("/usr/local/lib"))
                && Files.isDirectory(Path.of("/run")) && Files.isRegularFile(Path.of("/etc/sysctl.conf"));
        Oracles.require(present, "systemd-sysctl, procps sysctl and unshare(1)");
        Oracles.require(namespacesWork(), "unprivileged mount namespaces (unshare --map-root-user --mount)");
    }

    private static boolean namespacesWork() {
        try {
            Process p = new ProcessBuilder(UNSHARE.toString(), "--map-root-user", "--mount", "--propagation", "private",
                    "true").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A fake /proc/sys with an empty file per key path, and the marker. */
    static Path fakeProcSys(Path dir, List<String> keyPaths) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(MARKER), new byte[0]);
            for (String k : keyPaths) {
                Path f = dir.resolve(k);
                Files.createDirectories(f.getParent());
                Files.write(f, new byte[0]);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run systemdSysctl(Path tree, Path proc) {
        return run("systemd", tree, proc, List.of());
    }

    static Run procpsSystem(Path tree, Path proc, List<String> keyPaths) {
        return run("procps", tree, proc, keyPaths);
    }

    /** {@code systemd-sysctl --cat-config} on this machine's own files (it only prints). */
    static Run catConfigOfThisMachine(Path proc) {
        return run("real", proc, proc, List.of());
    }

    private static Run run(String mode, Path tree, Path proc, List<String> keyPaths) {
        try {
            for (String d : List.of("etc/sysctl.d", "run/sysctl.d", "usr/local/lib/sysctl.d", "usr/lib/sysctl.d")) {
                if (!mode.equals("real")) {
                    Files.createDirectories(tree.resolve(d));
                }
            }
            Path script = Files.createTempFile("headroom-sysctl-oracle", ".sh");
            try {
                Files.writeString(script, SCRIPT);
                Process p = new ProcessBuilder(UNSHARE.toString(), "--map-root-user", "--mount", "--propagation",
                        "private", "/bin/sh", script.toString(), mode, tree.toAbsolutePath().toString(),
                        proc.toAbsolutePath().toString()).redirectErrorStream(true).start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("the " + mode + " oracle did not finish");
                }
                if (p.exitValue() == 97 || p.exitValue() == 98) {
                    throw new IllegalStateException("the fake /proc/sys was not in place; nothing was run");
                }
                List<String> lines = List.of(new String(out, StandardCharsets.ISO_8859_1).split("\n"));
                return new Run(p.exitValue(), lines, written(mode, lines, proc, keyPaths), filesRead(mode, lines),
                        notAssignments(lines));
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Final value per key path. */
    private static Map<String, String> written(String mode, List<String> lines, Path proc, List<String> keyPaths)
            throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (mode.equals("systemd")) {
            for (String l : lines) {
                Matcher m = SETTING.matcher(l);
                if (m.matches()) {
                    out.remove(m.group(1));
                    out.put(m.group(1), m.group(2));
                }
            }
        } else if (mode.equals("procps")) {
            for (String k : keyPaths) {
                byte[] b = Files.readAllBytes(proc.resolve(k));
                if (b.length > 0) {
                    String s = new String(b, StandardCharsets.ISO_8859_1);
                    out.put(k, s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
                }
            }
        }
        return out;
    }

    private static List<String> filesRead(String mode, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (mode.equals("systemd") && l.startsWith("Parsing /")) {
                out.add(l.substring("Parsing ".length()));
            } else if (mode.equals("procps") && l.startsWith("* Applying ") && l.endsWith(" ...")) {
                out.add(l.substring("* Applying ".length(), l.length() - " ...".length()));
            } else if (mode.equals("real") && l.startsWith("# /") && l.indexOf(' ', 2) < 0) {
                // cat_files() heads each file with "# PATH"; a comment in a file may look alike.
                out.add(l.substring(2));
            }
        }
        return out;
    }

    private static List<String> notAssignments(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = NOT_ASSIGNMENT.matcher(l);
            if (m.matches()) {
                out.add(m.group(1) + ":" + m.group(2));
            }
        }
        return out;
    }
}
