package dev.headroom.differential;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.headroom.cli.Main;

/**
 * The two sides of the differential tests: the real {@code apache2 -t} (Debian's 2.4.71, the
 * oracle named in shared/domain.md §0) and headroom's own command line, run in-process.
 */
final class HttpdOracle {

    static final Path MODULES = Path.of("/usr/lib/apache2/modules");
    static final Path SBIN_APACHE2 = Path.of("/usr/sbin/apache2");
    private static final Pattern AH = Pattern.compile("AH(\\d{5}): ?(.*)");

    private HttpdOracle() {
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The apache2 binary: on PATH, else Debian's /usr/sbin/apache2 (not on a normal user's
     * PATH). In CI a missing binary or MPM module fails the test; elsewhere the test is skipped.
     */
    static Path apache2() {
        Path found = null;
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, "apache2");
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    found = p;
                    break;
                }
            }
        }
        if (found == null && Files.isRegularFile(SBIN_APACHE2) && Files.isExecutable(SBIN_APACHE2)) {
            found = SBIN_APACHE2;
        }
        require(found != null, "apache2 (on PATH or at " + SBIN_APACHE2 + ")");
        for (String m : List.of("event", "worker", "prefork")) {
            Path so = MODULES.resolve("mod_mpm_" + m + ".so");
            require(Files.isRegularFile(so), "the apache2 MPM module " + so);
        }
        return found;
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (inCi()) {
            Assertions.fail(what + " is required in CI (CI=true) but missing: the differential "
                    + "test against the real httpd cannot run");
        }
        Assumptions.abort(what + " is missing; the differential test against the real httpd "
                + "is skipped outside CI (it fails in CI)");
    }

    /** What {@code apache2 -t -e info -f FILE} printed (stdout and stderr together) and its exit code. */
    record HttpdRun(int rc, String output) {

        /** Every {@code AHnnnnn: text} line, the code and the text after it, in output order. */
        List<Message> messages() {
            List<Message> out = new ArrayList<>();
            for (String line : output.split("\n")) {
                Matcher m = AH.matcher(line);
                if (m.find()) {
                    out.add(new Message("AH" + m.group(1), m.group(2).strip()));
                }
            }
            return out;
        }
    }

    /** One httpd message: {@code AH00513} and its text without the code. */
    record Message(String code, String text) {

        /**
         * The numbers in the text, in order ({@code %d}s and literals such as "increasing to 1").
         * Only used on the MPM adjustment messages, which name no file.
         */
        List<Long> numbers() {
            List<Long> n = new ArrayList<>();
            Matcher m = Pattern.compile("-?\\d+").matcher(text);
            while (m.find()) {
                try {
                    n.add(Long.parseLong(m.group()));
                } catch (NumberFormatException e) {
                    // Not a %d of an adjustment message (those are C ints), e.g. part of a path.
                }
            }
            return n;
        }

        /** The text as headroom words it: httpd's own text without its "WARNING: " prefix. */
        String headroomText() {
            return text.startsWith("WARNING: ") ? text.substring(9) : text;
        }
    }

    static HttpdRun runHttpd(Path apache2, Path conf) {
        ProcessBuilder pb = new ProcessBuilder(apache2.toString(), "-t", "-e", "info", "-f",
                conf.toString());
        pb.redirectErrorStream(true);
        pb.directory(conf.getParent().toFile());
        // A fixed, minimal environment: the configs use no ${VAR}, and the messages stay in English.
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] bytes;
            try (InputStream in = p.getInputStream()) {
                bytes = in.readAllBytes();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new HttpdRun(-1, "apache2 -t timed out");
            }
            return new HttpdRun(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new HttpdRun(-1, "could not run apache2: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HttpdRun(-1, "interrupted");
        }
    }

    /** One in-process run of headroom's CLI. */
    record CliResult(int exit, String out, String err) {
    }

    static CliResult headroom(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliResult(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** A headroom finding, as {@code lint -f json} reports it. */
    record HFinding(String rule, String severity, String message, String daemonCode, int line) {
    }

    /** {@code headroom lint -f json --fail-on none FILE}: the findings and the exit code. */
    record Lint(int exit, List<HFinding> findings, String raw) {
        /** The run as a failure message shows it, one finding a line. */
        String describe() {
            StringBuilder b = new StringBuilder("    headroom lint (exit ").append(exit).append("):\n");
            if (findings.isEmpty()) {
                b.append("      (no findings)\n");
            }
            for (HFinding f : findings) {
                b.append("      ").append(f.line()).append(": ").append(f.severity()).append(' ')
                        .append(f.rule()).append(f.daemonCode() == null ? "" : " " + f.daemonCode())
                        .append(": ").append(f.message()).append('\n');
            }
            return b.toString();
        }


        boolean hasError() {
            return findings.stream().anyMatch(f -> "error".equals(f.severity()));
        }
    }

    static Lint lint(Path conf) {
        CliResult r = headroom("lint", "-f", "json", "--fail-on", "none", conf.toString());
        List<HFinding> findings = new ArrayList<>();
        try {
            JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
            JsonArray arr = root.getAsJsonArray("findings");
            for (JsonElement e : arr) {
                JsonObject f = e.getAsJsonObject();
                findings.add(new HFinding(str(f, "rule"), str(f, "severity"), str(f, "message"),
                        str(f, "daemonCode"), f.has("line") ? f.get("line").getAsInt() : 0));
            }
        } catch (RuntimeException e) {
            return new Lint(r.exit() == 0 ? -99 : r.exit(), findings,
                    "unparsable lint output (" + e + "):\n" + r.out() + r.err());
        }
        return new Lint(r.exit(), findings, r.out() + r.err());
    }

    /** {@code headroom show -f json FILE}: the first service. */
    record Show(int exit, JsonObject service, String raw) {

        /** The effective value of a setting, or null when headroom does not show it. */
        Long setting(String name) {
            if (service == null || !service.has("settings") || !service.get("settings").isJsonObject()) {
                return null;
            }
            JsonObject s = service.getAsJsonObject("settings");
            if (!s.has(name) || !s.get(name).isJsonObject()) {
                return null;
            }
            JsonElement v = s.getAsJsonObject(name).get("value");
            return v == null || v.isJsonNull() ? null : v.getAsLong();
        }

        Long limit(String name) {
            if (service == null || !service.has("limits") || !service.get("limits").isJsonObject()) {
                return null;
            }
            JsonElement v = service.getAsJsonObject("limits").get(name);
            return v == null || v.isJsonNull() ? null : v.getAsLong();
        }

        String mpm() {
            return service == null ? null : str(service, "mpm");
        }
    }

    static Show show(Path conf) {
        CliResult r = headroom("show", "-f", "json", conf.toString());
        try {
            JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
            JsonArray services = root.getAsJsonArray("services");
            JsonObject first = services.size() > 0 ? services.get(0).getAsJsonObject() : null;
            return new Show(r.exit(), first, r.out() + r.err());
        } catch (RuntimeException e) {
            return new Show(r.exit(), null, "unparsable show output (" + e + "):\n" + r.out() + r.err());
        }
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** The configuration every generated file starts with (shared/domain.md §0, "How the [RUN] facts were obtained"). */
    static String preamble(Path root, String mpm) {
        return "ServerRoot " + root + "\n"
                + "Listen 127.0.0.1:18080\n"
                + "ServerName localhost\n"
                + "PidFile " + root.resolve("pid") + "\n"
                + "ErrorLog " + root.resolve("error.log") + "\n"
                + "LoadModule mpm_" + mpm + "_module " + MODULES.resolve("mod_mpm_" + mpm + ".so") + "\n";
    }

    /** Text shown in a failure report, with its lines numbered like httpd numbers them. */
    static String numbered(String text) {
        StringBuilder b = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            b.append(String.format("      %3d| %s%n", i + 1, lines[i].replace("\r", "\\r")));
        }
        return b.toString();
    }

    static String indent(String text) {
        StringBuilder b = new StringBuilder();
        for (String l : text.strip().split("\n")) {
            b.append("      ").append(l).append('\n');
        }
        return b.toString();
    }
}
