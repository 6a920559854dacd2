package dev.headroom.model.phpfpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.Severity;
import dev.headroom.source.RootedFs;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * The pool reading and checks against php-fpm itself ({@code php-fpm8.2 -tt}, package php8.2-fpm,
 * run as root with {@code -R}): for generated pools, php-fpm accepts the file exactly when
 * headroom reports no error, and then runs each pool with the values headroom computes. Skipped
 * where php-fpm8.2 is not installed or the test does not run as root (CI installs neither yet).
 */
class PoolCheckDifferentialTest {

    private static final long SEED = 20261125L;
    private static final Pattern POOL = Pattern.compile("NOTICE: \\[([^\\]]+)\\]$");
    private static final Pattern VALUE = Pattern.compile("NOTICE: \\t(pm[a-z._]*|php_value\\[memory_limit\\]) = (.*)$");

    @TempDir
    Path dir;

    @Test
    void phpFpmAcceptsExactlyWhatHeadroomAcceptsWithTheSameValues() throws Exception {
        Path fpm = ExternalProcess.onPath("php-fpm8.2");
        if (fpm == null) {
            fpm = Path.of("/usr/sbin/php-fpm8.2");
        }
        Oracles.require(Files.isExecutable(fpm), "php-fpm8.2 (package php8.2-fpm)");
        Assumptions.assumeTrue(ExternalProcess.isRoot(), "php-fpm -R needs root");
        Random rnd = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < 250; i++) {
            String text = config(rnd);
            Path root = dir.resolve("c" + i);
            new FpmTree(root).write("/etc/php-fpm.conf", text);
            PhpFpmSetup ours = PhpFpmReader.readFile(new RootedFs(root), "/etc/php-fpm.conf", "/usr");
            boolean error = ours.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
            Process p = new ProcessBuilder(fpm.toString(), "-n", "-tt", "-y", root.resolve("etc/php-fpm.conf").toString(),
                    "-p", root.toString(), "-R", "-g", root.resolve("pid").toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String label = "case " + i + " of seed " + SEED + ":\n" + text + "\nphp-fpm:\n" + log + "\nheadroom: "
                    + ours.problems();
            assertThat(p.exitValue() != 0).as(label).isEqualTo(error);
            if (!error) {
                accepted++;
                assertThat(dump(ours)).as(label).isEqualTo(dump(log));
            }
        }
        assertThat(accepted).isGreaterThan(40);
    }

    /** Pool name to its pm values and memory_limit, from php-fpm's -tt dump. */
    private static Map<String, Map<String, String>> dump(String log) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : log.split("\n")) {
            String l = line.replaceFirst("^\\[[^\\]]*\\] ", "");
            Matcher m = POOL.matcher(l);
            if (m.find() && !m.group(1).equals("global") && !m.group(1).startsWith("pool ")) {
                current = new LinkedHashMap<>();
                out.put(m.group(1), current);
                continue;
            }
            Matcher v = VALUE.matcher(l);
            if (current != null && v.find() && !v.group(1).startsWith("pm.status") && !v.group(1).equals("pm.max_spawn_rate")) {
                // php_value entries are dumped newest first; the last one dumped is the one applied last.
                current.put(v.group(1), v.group(2));
            }
        }
        return out;
    }

    private static Map<String, Map<String, String>> dump(PhpFpmSetup s) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (PhpFpmPool p : s.pools()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("pm", p.pm().value().word());
            m.put("pm.max_children", String.valueOf(p.maxChildren().value()));
            m.put("pm.start_servers", String.valueOf(p.startServers().value()));
            m.put("pm.min_spare_servers", String.valueOf(p.minSpareServers().value()));
            m.put("pm.max_spare_servers", String.valueOf(p.maxSpareServers().value()));
            m.put("pm.process_idle_timeout", String.valueOf(p.processIdleTimeout().value()));
            m.put("pm.max_requests", String.valueOf(p.maxRequests().value()));
            if (p.phpValueMemoryLimit() != null) {
                m.put("php_value[memory_limit]", p.phpValueMemoryLimit().value());
            }
            out.put(p.name(), m);
        }
        return out;
    }

    private static String config(Random rnd) {
        StringBuilder b = new StringBuilder("[global]\nerror_log = /proc/self/fd/2\n");
        int pools = 1 + rnd.nextInt(2);
        for (int k = 0; k < pools; k++) {
            b.append("[p").append(k).append("]\nuser = nobody\nlisten = 127.0.0.1:").append(19100 + k).append('\n');
            List<String> lines = new ArrayList<>();
            String pm = pick(rnd, "static", "dynamic", "ondemand", "Dynamic", "static", "dynamic", "bogus", null);
            if (pm != null) {
                lines.add("pm = " + pm);
            }
            boolean plausible = rnd.nextBoolean();
            for (String key : List.of("pm.max_children", "pm.start_servers", "pm.min_spare_servers",
                    "pm.max_spare_servers", "pm.max_requests")) {
                if (plausible) {
                    // Mostly values php-fpm accepts, so that the values themselves get compared.
                    String v = key.equals("pm.max_children") ? pick(rnd, "8", "12", "\"10\"", "9 ; c")
                            : key.equals("pm.min_spare_servers") ? pick(rnd, "1", "2", "yes")
                            : key.equals("pm.max_spare_servers") ? pick(rnd, "3", "4", "'5'")
                            : key.equals("pm.start_servers") ? pick(rnd, "2", "3", "0") : pick(rnd, "0", "500", "");
                    if (rnd.nextInt(6) > 0) {
                        lines.add(key + " = " + v);
                    }
                } else if (rnd.nextInt(4) > 0) {
                    lines.add(key + " = " + pick(rnd, "0", "1", "2", "3", "5", "8", "12", "-1", "yes", "\"4\"", "4 ; c", "x"));
                }
            }
            if (rnd.nextInt(3) == 0) {
                lines.add("pm.process_idle_timeout = " + pick(rnd, "0", "5s", "2m", "1h", "3", "0s", "9x"));
            }
            for (int n = rnd.nextInt(3); n > 0; n--) {
                lines.add("php_value[memory_limit] = " + pick(rnd, "64M", "'128M'", "\"256M\"", "-1", "on", "1G ; x"));
            }
            if (rnd.nextInt(8) == 0) {
                lines.add(pick(rnd, "# comment", "pm.max_childre = 3", "pm.max_children", "[p" + k));
            }
            java.util.Collections.shuffle(lines, rnd);
            b.append(lines.stream().collect(Collectors.joining("\n"))).append('\n');
        }
        return b.toString();
    }

    private static String pick(Random rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }
}
