package dev.headroom.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.headroom.differential.SystemdValueDifferentialTest.Generators;
import dev.headroom.testing.CliRun;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * The whole pipeline against {@code systemd-analyze verify} (issue 4, acceptance 2): unit files
 * of several types are generated from a fixed seed with valid and invalid values of every key
 * headroom models, keys systemd does not know (misspelt, misplaced, in another case, X-),
 * sections of the wrong unit type, X- sections, malformed section headers, lines without '='
 * or without a key, lines outside any section and continuations with comments inside. Each
 * batch goes once through {@code headroom lint -f json} and once through
 * {@code systemd-analyze verify}; for every line of every file, the messages of headroom's
 * syntax and value findings must be exactly the lines systemd prints for it, in its order, at
 * the line number systemd gives (for a continued line, the line where it ends).
 */
class SystemdLintDifferentialTest {

    private static final long SEED = 0x5D_4A11L;
    private static final int UNITS = 360;
    private static final int BATCH = 60;
    private static final int REPORTED = 25;
    private static final Pattern LOCATED = Pattern.compile("^(/\\S+?):(\\d+): (.*)$");
    /** The rules that repeat what systemd itself says about a line. */
    private static final Pattern SYSTEMD_WORDS = Pattern.compile("SD0\\d\\d|SD101|SD401");

    private static final List<String> OTHER_TYPES = List.of("socket", "timer", "target", "path", "slice");
    private static final List<String> UNKNOWN_KEYS = List.of("TimeoutStartsec", "oompolicy", "MemoryMAX",
            "Memorymax", "LimitNoFile", "ExecStart ", "Foo", "Timeout", "Restart-Sec", "Type2", "Ünïcode",
            "Exec Start");
    private static final List<String> BAD_HEADERS = List.of("[Service", "[Unit", "[", "[]x", "[Service]]x",
            "[Service] x");
    private static final List<String> SECTIONS = List.of("Unit", "Service", "Install", "Socket", "Timer",
            "Target", "Path", "Slice", "Mount", "Swap", "Scope", "Device", "Automount", "Manager", "X-Vendor",
            "Sevice", "service", "UNIT", " Service");

    private final List<String> disagreements = new ArrayList<>();
    private int lines;
    private int flagged;

    @Test
    void lintSaysWhatSystemdSays(@TempDir Path dir) throws Exception {
        Path analyze = ExternalProcess.onPath("systemd-analyze");
        Oracles.require(analyze != null, "systemd-analyze (systemd 252)");
        Random random = new Random(SEED);
        Generators gen = new Generators(random);
        List<String> names = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            String type = random.nextInt(3) == 0 ? OTHER_TYPES.get(random.nextInt(OTHER_TYPES.size())) : "service";
            String name = "hr-lint-" + u + "." + type;
            Files.write(dir.resolve(name), unit(random, gen, type).getBytes(StandardCharsets.UTF_8));
            names.add(name);
        }
        for (int i = 0; i < names.size(); i += BATCH) {
            List<String> batch = names.subList(i, Math.min(names.size(), i + BATCH));
            compare(analyze, dir, batch);
        }
        System.out.printf("systemd lint differential: %d units, %d lines, %d flagged by systemd, %d disagreements%n",
                UNITS, lines, flagged, disagreements.size());
        assertThat(lines).isGreaterThan(3000);
        assertThat(flagged).isGreaterThan(600);
        assertThat(disagreements).as(String.join("\n", disagreements.subList(0,
                Math.min(REPORTED, disagreements.size())))).isEmpty();
    }

    private void compare(Path analyze, Path dir, List<String> batch) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(analyze.toString(), "verify", "--man=no"));
        List<String> args = new ArrayList<>(List.of("lint", "-f", "json", "--fail-on", "none", "--lang", "systemd"));
        for (String n : batch) {
            cmd.add(dir.resolve(n).toString());
            args.add(dir.resolve(n).toString());
        }
        Map<String, List<String>> theirs = new TreeMap<>();
        ExternalProcess.Run run = ExternalProcess.run(cmd, null, 120);
        for (String l : run.stderr().split("\n")) {
            Matcher m = LOCATED.matcher(l);
            if (m.matches()) {
                theirs.computeIfAbsent(Path.of(m.group(1)).getFileName() + ":" + m.group(2), k -> new ArrayList<>())
                        .add(m.group(3));
            }
        }
        CliRun lint = CliRun.of(args.toArray(new String[0]));
        assertThat(lint.exit()).as(lint.err()).isZero();
        Map<String, List<String>> ours = new TreeMap<>();
        for (JsonElement e : JsonParser.parseString(lint.out()).getAsJsonObject().getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            if (SYSTEMD_WORDS.matcher(f.get("rule").getAsString()).matches()) {
                ours.computeIfAbsent(Path.of(f.get("file").getAsString()).getFileName() + ":" + f.get("line").getAsInt(),
                        k -> new ArrayList<>()).add(f.get("message").getAsString());
            }
        }
        for (String n : batch) {
            int count = (int) Files.readString(dir.resolve(n)).lines().count();
            for (int line = 1; line <= count; line++) {
                String at = n + ":" + line;
                // systemd repeats a warning as often as the line gives cause (Delegate=x x);
                // headroom says each thing once per place.
                List<String> s = theirs.getOrDefault(at, List.of()).stream().distinct().toList();
                List<String> h = ours.getOrDefault(at, List.of());
                lines++;
                if (!s.isEmpty()) {
                    flagged++;
                }
                if (!s.equals(h)) {
                    disagreements.add(at + ": systemd " + s + ", headroom " + h);
                }
            }
        }
    }

    /** One unit file: a random mix of good and bad lines, in and out of the right sections. */
    private static String unit(Random random, Generators gen, String type) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(12) == 0) {
            b.append("Description=outside any section\n");
        }
        b.append("[Unit]\nDescription=headroom lint differential\n");
        String own = type.equals("service") ? "Service" : Character.toUpperCase(type.charAt(0)) + type.substring(1);
        b.append('[').append(own).append("]\n");
        if (type.equals("service")) {
            b.append("ExecStart=/bin/true\n");
        }
        Map<String, Function<Generators, String>> keys = SystemdValueDifferentialTest.keys();
        List<String> modeled = new ArrayList<>(keys.keySet());
        String section = own;
        int count = 6 + random.nextInt(14);
        for (int i = 0; i < count; i++) {
            int r = random.nextInt(20);
            if (r < 8 && section.equals("Service")) {
                String key = modeled.get(random.nextInt(modeled.size()));
                b.append(key).append('=').append(keys.get(key).apply(gen)).append('\n');
            } else if (r < 10) {
                b.append(UNKNOWN_KEYS.get(random.nextInt(UNKNOWN_KEYS.size()))).append("=1\n");
            } else if (r < 11) {
                // A key of another section: known to systemd, but not here.
                b.append(random.nextBoolean() ? "MemoryMax=1G\n" : "WantedBy=multi-user.target\n");
            } else if (r < 12) {
                b.append(random.nextBoolean() ? "X-Headroom-Note=kept\n" : "Description=again\n");
            } else if (r < 13) {
                b.append(random.nextBoolean() ? "no equals sign here\n" : "=value without key\n");
            } else if (r < 14) {
                section = SECTIONS.get(random.nextInt(SECTIONS.size()));
                b.append('[').append(section).append("]\n");
                section = section.strip();
            } else if (r < 15 && random.nextInt(6) == 0) {
                b.append(BAD_HEADERS.get(random.nextInt(BAD_HEADERS.size()))).append('\n');
            } else if (r < 16) {
                // A continuation with a comment line inside it, which systemd skips.
                b.append("Description=first \\\n# a comment inside\n  second\\\\\n");
            } else if (r < 17) {
                b.append(random.nextBoolean() ? "# comment\n" : "; comment\n").append('\n');
            } else if (r < 18) {
                section = "Install";
                b.append("[Install]\nWantedBy=multi-user.target\n");
            } else {
                section = own;
                b.append('[').append(own).append("]\n");
            }
        }
        return b.toString();
    }
}
