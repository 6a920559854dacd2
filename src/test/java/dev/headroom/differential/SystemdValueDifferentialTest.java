package dev.headroom.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.systemd.values.Delegate;
import dev.headroom.model.systemd.values.InvalidValueException;
import dev.headroom.model.systemd.values.MemoryLimit;
import dev.headroom.model.systemd.values.OomPolicy;
import dev.headroom.model.systemd.values.ResourceLimit;
import dev.headroom.model.systemd.values.RestartPolicy;
import dev.headroom.model.systemd.values.ServiceType;
import dev.headroom.model.systemd.values.SystemdBoolean;
import dev.headroom.model.systemd.values.TimeSpan;
import dev.headroom.testing.ExternalProcess;
import dev.headroom.testing.Oracles;

/**
 * Differential test of headroom's systemd value types against systemd 252 itself
 * (shared/domain.md C.7–C.11), three ways, on values generated from a fixed seed:
 * <ol>
 * <li><b>time spans</b> through {@code systemd-analyze timespan}: valid exactly when headroom
 * accepts, the same microseconds, the same "Human:" text;
 * <li><b>unit files</b> through {@code systemd-analyze verify}: every generated line
 * {@code KEY=value} gets from systemd exactly the warnings headroom predicts for it, word for
 * word after systemd's {@code path:line: } prefix (none when the value is accepted);
 * <li><b>effective values</b> from the unit dump of {@code systemd --test}, run unprivileged:
 * MemoryMax=/MemoryHigh=/… in bytes (percentages against this host's RAM), the timeouts, the
 * limits, Type=, Restart=, OOMPolicy= (including the Delegate= default of C.9) and the
 * booleans, with the last accepted line winning.
 * </ol>
 * All disagreements are collected and reported together. systemd-analyze stops at the first
 * time span it cannot parse, so values are batched and the batch is resumed after a failure;
 * {@code verify} takes many units per call (bad values do not change its exit status, C.1).
 */
class SystemdValueDifferentialTest {

    private static final long SEED = 0x5D_0252L;
    private static final int TIMESPANS = 600;
    private static final int REPORTED = 25;
    private static final Path SYSTEMD = Path.of("/lib/systemd/systemd");
    private static final String INFINITY_BYTES = "18446744073709551615";

    private final List<String> disagreements = new ArrayList<>();
    private final Map<String, int[]> tally = new TreeMap<>();

    @Test
    void valuesAgreeWithSystemd(@TempDir Path tmp) throws Exception {
        Path analyze = ExternalProcess.onPath("systemd-analyze");
        Oracles.require(analyze != null, "systemd-analyze (systemd 252)");
        Oracles.require(Files.isExecutable(SYSTEMD), "the systemd binary " + SYSTEMD);
        long start = System.nanoTime();
        Random random = new Random(SEED);
        Generators gen = new Generators(random);

        List<String> spans = new ArrayList<>(List.of("90", "5min 30s", "5min30s", "1.5h", ".5s", "infinity",
                "1ns", "5S", "1M", "-1", "18446744073709551615", "", "0.0000001s", "1h30", "1 2",
                "18446744073709551615.5K"));
        while (spans.size() < TIMESPANS) {
            spans.add(gen.timespan());
        }
        compareTimespans(analyze, spans);

        List<UnitCase> units = generateUnits(gen, tmp);
        compareVerify(analyze, tmp, units);
        compareDump(tmp, units);

        int agree = tally.values().stream().mapToInt(t -> t[0]).sum();
        int total = tally.values().stream().mapToInt(t -> t[1]).sum();
        System.out.printf(Locale.ROOT, "systemd values: %d/%d agree (%s) in %.1f s%n", agree, total,
                tally.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                        .collect(Collectors.joining(", ")),
                (System.nanoTime() - start) / 1e9);
        assertThat(tally.get("timespan")[1]).isGreaterThanOrEqualTo(400);
        assertThat(tally.get("verify line")[1]).isGreaterThanOrEqualTo(400);
        assertThat(disagreements).as("%d disagreements with systemd; the first %d:%n%s", disagreements.size(),
                REPORTED, disagreements.stream().limit(REPORTED).collect(Collectors.joining("\n"))).isEmpty();
    }

    private void check(String kind, boolean agrees, String problem) {
        int[] t = tally.computeIfAbsent(kind, k -> new int[2]);
        t[1]++;
        if (agrees) {
            t[0]++;
        } else {
            disagreements.add(kind + ": " + problem);
        }
    }

    // ---- 1. systemd-analyze timespan -------------------------------------------------------

    private static final Pattern MICROS = Pattern.compile("^\\s*(?:\u03bc|\u00b5|u)s:\\s*(\\d+)\\s*$");
    private static final Pattern HUMAN = Pattern.compile("^\\s*Human:\\s*(.*?)\\s*$");

    private void compareTimespans(Path analyze, List<String> spans) throws Exception {
        int i = 0;
        while (i < spans.size()) {
            List<String> batch = spans.subList(i, Math.min(spans.size(), i + 100));
            List<String> cmd = new ArrayList<>(List.of(analyze.toString(), "timespan", "--"));
            cmd.addAll(batch);
            ExternalProcess.Run run = ExternalProcess.run(cmd, null, 120);
            List<Long> micros = new ArrayList<>();
            List<String> human = new ArrayList<>();
            for (String line : run.stdout().split("\n")) {
                Matcher m = MICROS.matcher(line);
                if (m.matches()) {
                    micros.add(Long.parseUnsignedLong(m.group(1)));
                }
                Matcher h = HUMAN.matcher(line);
                if (h.matches()) {
                    human.add(h.group(1));
                }
            }
            for (int k = 0; k < micros.size(); k++) {
                compareSpan(batch.get(k), micros.get(k), human.get(k));
            }
            int next = i + micros.size();
            if (run.rc() != 0) {
                // The value after the last one printed was refused; the batch stopped there.
                String refused = spans.get(next);
                if (run.stderr().contains("Failed to parse time span '" + refused + "'")) {
                    compareSpan(refused, null, null);
                } else {
                    check("timespan", false, "systemd-analyze stopped at an unexpected place near [" + refused
                            + "]: " + run.stderr());
                }
                next++;
            }
            i = next;
        }
    }

    private void compareSpan(String value, Long systemdMicros, String systemdHuman) {
        TimeSpan ours;
        try {
            ours = TimeSpan.parse("RestartSec", value);
        } catch (InvalidValueException e) {
            ours = null;
        }
        if (systemdMicros == null || ours == null) {
            check("timespan", systemdMicros == null && ours == null, "[" + value + "]: systemd "
                    + (systemdMicros == null ? "refuses" : "reads " + Long.toUnsignedString(systemdMicros))
                    + ", headroom " + (ours == null ? "refuses" : "reads " + Long.toUnsignedString(ours.micros())));
            return;
        }
        check("timespan", ours.micros() == systemdMicros && ours.toString().equals(systemdHuman),
                "[" + value + "]: systemd " + Long.toUnsignedString(systemdMicros) + " µs \"" + systemdHuman
                        + "\", headroom " + Long.toUnsignedString(ours.micros()) + " µs \"" + ours + "\"");
    }

    // ---- the generated units -------------------------------------------------------------

    /** One generated unit: lines of one key, each with what headroom makes of it. */
    record UnitCase(String name, String key, List<Line> lines) {
    }

    /**
     * @param value    the parsed value, or null when headroom rejects the line
     * @param warnings what headroom predicts systemd prints for the line
     */
    record Line(int number, String key, String text, Object value, List<String> warnings) {
    }

    /** The keys under test and how to generate values for each. */
    static Map<String, Function<Generators, String>> keys() {
        Map<String, Function<Generators, String>> k = new LinkedHashMap<>();
        k.put("TimeoutStartSec", Generators::timespan);
        k.put("TimeoutSec", Generators::timespan);
        k.put("TimeoutStopSec", Generators::timespan);
        k.put("RestartSec", Generators::timespan);
        k.put("MemoryMax", Generators::memory);
        k.put("MemoryHigh", Generators::memory);
        k.put("MemorySwapMax", Generators::memory);
        k.put("MemoryLow", Generators::memory);
        k.put("MemoryLimit", Generators::memory);
        k.put("LimitNOFILE", Generators::rlimit);
        k.put("OOMPolicy", g -> g.enumeration(List.of("continue", "stop", "kill")));
        k.put("Type", g -> g.enumeration(List.of("simple", "exec", "forking", "oneshot", "dbus", "notify",
                "idle", "notify-reload")));
        k.put("Restart", g -> g.enumeration(List.of("no", "on-success", "on-failure", "on-abnormal",
                "on-watchdog", "on-abort", "always")));
        k.put("Delegate", Generators::delegate);
        k.put("RemainAfterExit", Generators::bool);
        k.put("PrivateTmp", Generators::bool);
        return k;
    }

    /** Units per key; memory keys and the timeouts, the ones headroom computes with, get more. */
    private static int unitsFor(String key) {
        switch (key) {
            case "TimeoutStartSec":
            case "MemoryMax":
            case "MemoryHigh":
            case "LimitNOFILE":
                return 45;
            case "Delegate":
                return 35;
            default:
                return 18;
        }
    }

    private List<UnitCase> generateUnits(Generators gen, Path dir) throws IOException {
        List<UnitCase> units = new ArrayList<>();
        for (Map.Entry<String, Function<Generators, String>> e : keys().entrySet()) {
            String key = e.getKey();
            for (int u = 0; u < unitsFor(key); u++) {
                String name = "hr-" + key.toLowerCase(Locale.ROOT) + "-" + u + ".service";
                StringBuilder text = new StringBuilder("[Service]\nExecStart=/bin/true\n");
                int number = 3;
                if (key.equals("Type")) {
                    // Type=dbus needs a bus name, else the unit does not load (not a value error).
                    text.append("BusName=org.headroom.T").append(u).append('\n');
                    number++;
                }
                List<Line> lines = new ArrayList<>();
                int count = 1 + gen.random.nextInt(4);
                for (int l = 0; l < count; l++) {
                    String value = e.getValue().apply(gen);
                    if (key.equals("TimeoutStartSec") && gen.random.nextInt(4) == 0) {
                        // TimeoutSec= sets both timeouts, and overwrites an earlier TimeoutStartSec= (C.8).
                        lines.add(line(number++, "TimeoutSec", value));
                    } else {
                        lines.add(line(number++, key, value));
                    }
                    Line last = lines.get(lines.size() - 1);
                    text.append(last.key()).append('=').append(last.text()).append('\n');
                }
                Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
                units.add(new UnitCase(name, key, lines));
            }
        }
        // Three units for the oracle's own defaults and this host's RAM.
        Files.writeString(dir.resolve("hr-control.service"), "[Service]\nExecStart=/bin/true\n");
        Files.writeString(dir.resolve("hr-all-ram.service"), "[Service]\nExecStart=/bin/true\nMemoryMax=100%\n");
        return units;
    }

    /** What headroom makes of one line: the parser systemd uses for that key. */
    private static Line line(int number, String key, String value) {
        try {
            Object parsed;
            List<String> warnings = List.of();
            switch (key) {
                case "TimeoutStartSec":
                case "TimeoutSec":
                case "TimeoutStopSec":
                    parsed = TimeSpan.parseFix0(key, value);
                    break;
                case "RestartSec":
                    parsed = TimeSpan.parse(key, value);
                    break;
                case "MemoryMax":
                case "MemoryHigh":
                case "MemorySwapMax":
                case "MemoryLow":
                case "MemoryLimit":
                    parsed = MemoryLimit.parse(key, value);
                    warnings = MemoryLimit.deprecationWarning(key).stream().collect(Collectors.toList());
                    break;
                case "LimitNOFILE":
                    parsed = ResourceLimit.parse(key, value);
                    break;
                case "OOMPolicy":
                    parsed = OomPolicy.parse(key, value);
                    break;
                case "Type":
                    parsed = ServiceType.parse(key, value);
                    break;
                case "Restart":
                    parsed = RestartPolicy.parse(key, value);
                    break;
                case "Delegate": {
                    Delegate.Assignment a = Delegate.read(key, value);
                    parsed = a;
                    warnings = a.warnings();
                    break;
                }
                default:
                    parsed = SystemdBoolean.parse(key, value);
                    break;
            }
            return new Line(number, key, value, parsed, warnings);
        } catch (InvalidValueException e) {
            return new Line(number, key, value, null, e.warnings());
        }
    }

    // ---- 2. systemd-analyze verify ----------------------------------------------------------

    private static final Pattern LOCATED = Pattern.compile("^(/\\S+?):(\\d+): (.*)$");

    private void compareVerify(Path analyze, Path dir, List<UnitCase> units) throws Exception {
        Map<String, List<String>> said = new TreeMap<>();
        List<String> unplaced = new ArrayList<>();
        for (int i = 0; i < units.size(); i += 100) {
            List<String> cmd = new ArrayList<>(List.of(analyze.toString(), "verify", "--man=no"));
            for (UnitCase u : units.subList(i, Math.min(units.size(), i + 100))) {
                cmd.add(dir.resolve(u.name()).toString());
            }
            ExternalProcess.Run run = ExternalProcess.run(cmd, null, 120);
            for (String l : run.stderr().split("\n")) {
                Matcher m = LOCATED.matcher(l);
                if (m.matches()) {
                    said.computeIfAbsent(Path.of(m.group(1)).getFileName() + ":" + m.group(2), k -> new ArrayList<>())
                            .add(m.group(3));
                } else if (!l.isBlank()) {
                    unplaced.add(l);
                }
            }
            if (run.rc() != 0) {
                unplaced.add("systemd-analyze verify exited " + run.rc());
            }
        }
        for (UnitCase u : units) {
            for (Line l : u.lines()) {
                List<String> theirs = said.getOrDefault(u.name() + ":" + l.number(), List.of());
                check("verify line", theirs.equals(l.warnings()), u.name() + ":" + l.number() + " " + l.key() + "="
                        + l.text() + ": systemd says " + theirs + ", headroom " + l.warnings());
            }
        }
        for (String l : unplaced) {
            check("verify line", false, "systemd-analyze verify said something headroom did not expect: " + l);
        }
    }

    // ---- 3. the systemd --test dump ---------------------------------------------------------

    private void compareDump(Path dir, List<UnitCase> units) throws Exception {
        StringBuilder target = new StringBuilder("[Unit]\nDescription=headroom differential test\n");
        target.append("Wants=hr-control.service hr-all-ram.service\n");
        for (UnitCase u : units) {
            target.append("Wants=").append(u.name()).append('\n');
        }
        Files.writeString(dir.resolve("hr-all.target"), target);
        readableByAll(dir);
        List<String> cmd = new ArrayList<>();
        if (ExternalProcess.isRoot()) {
            // systemd --test refuses nothing as root, but it would read the real /run; the
            // documented oracle (domain.md §0) runs it unprivileged.
            cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        cmd.addAll(List.of("env", "SYSTEMD_UNIT_PATH=" + dir + ":", SYSTEMD.toString(), "--test", "--system",
                "--unit=hr-all.target"));
        ExternalProcess.Run run = ExternalProcess.run(cmd, null, 120);
        Map<String, Map<String, String>> dump = parseDump(run.stdout());
        check("dump", dump.containsKey("hr-control.service"),
                "systemd --test did not dump the generated units (rc " + run.rc() + "): " + run.stderr());
        Map<String, String> control = dump.getOrDefault("hr-control.service", Map.of());
        String defaultStart = control.getOrDefault("TimeoutStartSec", "?");
        String defaultStop = control.getOrDefault("TimeoutStopSec", "?");
        String defaultOom = control.getOrDefault("OOMPolicy", "?");

        long ram = physicalMemory();
        String allRam = dump.getOrDefault("hr-all-ram.service", Map.of()).get("MemoryMax");
        check("dump", String.valueOf(ram).equals(allRam), "MemoryMax=100% is " + allRam
                + " bytes in systemd, but MemTotal (and the root cgroup's memory.max) give " + ram);

        for (UnitCase u : units) {
            Map<String, String> unit = dump.get(u.name());
            if (unit == null) {
                check("dump", false, u.name() + " is missing from the dump");
                continue;
            }
            check("dump", "loaded".equals(unit.get("Unit Load State")),
                    u.name() + " did not load: " + unit.get("Unit Load State"));
            Map<String, String> expected = expectedEffective(u, ram, defaultStart, defaultStop, defaultOom);
            for (Map.Entry<String, String> e : expected.entrySet()) {
                String theirs = unit.get(e.getKey());
                check("effective " + u.key(), e.getValue().equals(theirs), u.name() + " " + e.getKey() + ": systemd "
                        + theirs + ", headroom " + e.getValue() + "  (lines " + u.lines().stream()
                                .map(l -> l.key() + "=" + l.text()).collect(Collectors.joining(" | ")) + ")");
            }
        }
    }

    /** What the dump should say for the unit: the last accepted line wins, else the default. */
    private static Map<String, String> expectedEffective(UnitCase u, long ram, String defaultStart,
            String defaultStop, String defaultOom) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Line> accepted = u.lines().stream().filter(l -> l.value() != null).collect(Collectors.toList());
        Object last = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1).value();
        switch (u.key()) {
            case "TimeoutStartSec":
            case "TimeoutSec":
            case "TimeoutStopSec": {
                String start = defaultStart;
                String stop = defaultStop;
                for (Line l : accepted) {
                    String shown = ((TimeSpan) l.value()).format(1_000_000);
                    if (!l.key().equals("TimeoutStopSec")) {
                        start = shown;
                    }
                    if (!l.key().equals("TimeoutStartSec")) {
                        stop = shown;
                    }
                }
                out.put("TimeoutStartSec", start);
                out.put("TimeoutStopSec", stop);
                break;
            }
            case "RestartSec":
                out.put("RestartSec", last == null ? "100ms" : ((TimeSpan) last).format(1_000_000));
                break;
            case "MemoryMax":
            case "MemoryHigh":
            case "MemorySwapMax":
            case "MemoryLimit":
                out.put(u.key(), last == null ? INFINITY_BYTES : bytes((MemoryLimit) last, ram));
                break;
            case "MemoryLow":
                out.put(u.key(), last == null ? "0" : bytes((MemoryLimit) last, ram));
                break;
            case "LimitNOFILE":
                if (last != null) {
                    // Unset, the dump shows the limits of the test process itself (C.11).
                    out.put("LimitNOFILE", Long.toUnsignedString(((ResourceLimit) last).hard()));
                    out.put("LimitNOFILESoft", Long.toUnsignedString(((ResourceLimit) last).soft()));
                }
                break;
            case "OOMPolicy":
                out.put("OOMPolicy", last == null ? defaultOom : ((OomPolicy) last).systemdName());
                break;
            case "Type":
                // Without a valid Type=, BusName= makes it dbus (systemd.service(5)).
                out.put("Type", last == null ? "dbus" : ((ServiceType) last).systemdName());
                break;
            case "Restart":
                out.put("Restart", last == null ? "no" : ((RestartPolicy) last).systemdName());
                break;
            case "Delegate": {
                Delegate.Assignment state = Delegate.Assignment.NONE;
                for (Line l : accepted) {
                    state = state.followedBy((Delegate.Assignment) l.value());
                }
                out.put("Delegate", state.enabled() ? "yes" : "no");
                if (state.enabled()) {
                    out.put("DelegateControllers", String.join(" ", state.controllers()));
                }
                // C.9: with Delegate= on and no OOMPolicy=, the policy is continue.
                out.put("OOMPolicy", state.enabled() ? "continue" : defaultOom);
                break;
            }
            default:
                out.put(u.key(), last == null ? "no" : ((Boolean) last ? "yes" : "no"));
                break;
        }
        return out;
    }

    private static String bytes(MemoryLimit m, long ram) {
        if (m.infinite()) {
            return INFINITY_BYTES;
        }
        return m.isPercentage() ? Long.toString(m.resolve(ram)) : Long.toUnsignedString(m.bytes());
    }

    private static final Pattern UNIT_HEADER = Pattern.compile("^\t-> Unit (.+):$");
    private static final Pattern UNIT_FIELD = Pattern.compile("^\t\t([^:]+): ?(.*)$");

    /** The dump's per-unit blocks: the first value of each field. */
    static Map<String, Map<String, String>> parseDump(String stdout) {
        Map<String, Map<String, String>> units = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String l : stdout.split("\n")) {
            Matcher h = UNIT_HEADER.matcher(l);
            if (h.matches()) {
                current = units.computeIfAbsent(h.group(1), k -> new LinkedHashMap<>());
                continue;
            }
            Matcher f = UNIT_FIELD.matcher(l);
            if (current != null && f.matches()) {
                current.putIfAbsent(f.group(1), f.group(2));
            } else if (!l.startsWith("\t\t")) {
                current = null;
            }
        }
        return units;
    }

    /**
     * What systemd's {@code physical_memory()} returns here: MemTotal, or the root cgroup's
     * {@code memory.max} when that is lower (rounded down to a page).
     */
    static long physicalMemory() throws IOException {
        long mem = 0;
        for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (l.startsWith("MemTotal:")) {
                mem = Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        Path max = Path.of("/sys/fs/cgroup/memory.max");
        if (Files.isReadable(max)) {
            String v = Files.readString(max).trim();
            if (!v.equals("max")) {
                long lim = Long.parseLong(v) / MemoryLimit.PAGE_SIZE * MemoryLimit.PAGE_SIZE;
                mem = Math.min(mem, lim);
            }
        }
        return mem;
    }

    // ---- processes ----------------------------------------------------------------------

    /** systemd --test runs as nobody: it must be able to read the units (and reach them). */
    private static void readableByAll(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }

    // ---- value generators ---------------------------------------------------------------

    /** Values near the edges of each parser, valid and invalid; fixed seed. */
    static final class Generators {

        final Random random;

        Generators(Random random) {
            this.random = random;
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        private String number(int maxDigits) {
            int digits = 1 + random.nextInt(maxDigits);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < digits; i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            String s = b.toString();
            // Mostly without leading zeros; sometimes with (octal for base-0 parsers).
            return random.nextInt(6) == 0 ? s : s.replaceFirst("^0+(?=.)", "");
        }

        private String fraction() {
            int r = random.nextInt(8);
            if (r == 0) {
                return ".";
            }
            if (r < 4) {
                return "." + number(1 + random.nextInt(9));
            }
            return "";
        }

        private static final List<String> TIME_UNITS = List.of("usec", "us", "\u00b5s", "\u03bcs", "msec", "ms",
                "seconds", "second", "sec", "s", "minutes", "minute", "min", "m", "hours", "hour", "hr", "h",
                "days", "day", "d", "weeks", "week", "w", "months", "month", "M", "years", "year", "y", "", "", "");
        private static final List<String> TIME_NOT_UNITS = List.of("S", "Min", "H", "ns", "nsec", "mins", "secs",
                "x", "\u00b5", "Sec", "hrs", "MS", "D", "Y", "W", "e3", ",5", "sek");
        private static final List<String> TIME_ODD = List.of("infinity", " infinity ", "infinity 5s", "Infinity",
                "", "0", "-1", "-0", "--5", "+5s", "+-5", "18446744073709551615", "18446744073709551",
                "18446744073s", "18446744073709s", "1e3", "0x10", "1,5s", "1.", ".5", ".", "1.s", "5 ", " 5s",
                "1.2.3", "12.34s.56", "5s5", "1h30", "1 2", "5min 30", "9223372036854775807us 9223372036854775807us",
                "9223372036854775808us", "584541y 2month", "584542y", "0.0000001s", "1.9999999us", "\"5s\"",
                "5s -3s", "1 nsec", "s", "010", "1w 1M 1y");

        String timespan() {
            if (random.nextInt(5) == 0) {
                return pick(TIME_ODD);
            }
            int parts = 1 + random.nextInt(random.nextInt(4) == 0 ? 4 : 2);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts; i++) {
                if (i > 0) {
                    b.append(pick(List.of("", " ", " ", "  ")));
                }
                String n = random.nextInt(10) == 0 ? "" : number(random.nextInt(8) == 0 ? 20 : 4);
                b.append(n).append(fraction());
                if (random.nextBoolean()) {
                    b.append(' ');
                }
                b.append(random.nextInt(12) == 0 ? pick(TIME_NOT_UNITS) : pick(TIME_UNITS));
            }
            return b.toString().strip();
        }

        private static final List<String> SIZE_SUFFIXES = List.of("K", "M", "G", "T", "P", "E", "B", "", "", "M",
                "G");
        private static final List<String> SIZE_NOT_SUFFIXES = List.of("k", "m", "g", "KB", "MB", "Gi", "KiB", "b",
                "%%", "x");
        private static final List<String> SIZE_ODD = List.of("", "infinity", "0", "0%", "-0%", "-1", "-0", "max",
                "18446744073709551615", "18446744073709551616", "18446744073709551615.5K", "18446744073709551615.5",
                "16E", "15E", "8E", "100%", "101%", "100.00%", "80 %", "\"1G\"", "010%", "0x10%", "0b11%", "0o7%",
                "500\u2030", "5\u2031", "99.9\u2030", "1M 1G", "1G 512M", "5 5", "1K 5", "1 .5G", "10.M", "1. G",
                "+5M", "+5%", "1G1M", "1.99999999999999999999G", "-5%", " 512 M ", "Infinity", "1e3", "0K", ".5G",
                "5.555%", "50.55%", "0.01%", "1%", "0.001%");

        String memory() {
            int r = random.nextInt(10);
            if (r < 2) {
                return pick(SIZE_ODD);
            }
            if (r < 4) {
                String pct = Integer.toString(random.nextInt(r == 2 ? 101 : 130));
                int places = random.nextInt(5);
                if (places == 1) {
                    pct += "." + random.nextInt(10);
                } else if (places == 2) {
                    pct += "." + random.nextInt(10) + random.nextInt(10);
                } else if (places == 3) {
                    pct += "." + random.nextInt(1000);
                }
                return pct + "%";
            }
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(6) == 0 ? 2 : 1;
            for (int i = 0; i < parts; i++) {
                if (i > 0) {
                    b.append(random.nextBoolean() ? " " : "");
                }
                b.append(number(random.nextInt(10) == 0 ? 21 : 5)).append(random.nextInt(4) == 0 ? fraction() : "");
                if (random.nextInt(4) == 0) {
                    b.append(' ');
                }
                b.append(random.nextInt(10) == 0 ? pick(SIZE_NOT_SUFFIXES) : pick(SIZE_SUFFIXES));
            }
            return b.toString().strip();
        }

        private static final List<String> RLIMIT_ODD = List.of("", "infinity", "0", "-0", "-1", "1K", "abc",
                "1024:", ":1024", "1:2:3", "18446744073709551615", "18446744073709551614", " 5 : 6", "Infinity",
                "1.5", "0x", "0x400", "010", "0o10", "0b11", "08", "10\\24", "+5", "1024 :2048", "infinity:1024",
                "1024:infinity", "infinity:infinity", "1048576", "1048577", "524288", "1024:524288", "65536",
                "\"1024\"", "1024:0x800", "0b:1");

        String rlimit() {
            if (random.nextInt(3) == 0) {
                return pick(RLIMIT_ODD);
            }
            String soft = random.nextInt(8) == 0 ? "infinity" : number(random.nextInt(8) == 0 ? 21 : 7);
            if (random.nextBoolean()) {
                return soft;
            }
            String hard = random.nextInt(6) == 0 ? "infinity" : number(random.nextInt(8) == 0 ? 21 : 7);
            return soft + ":" + hard;
        }

        String enumeration(List<String> names) {
            String n = pick(names);
            switch (random.nextInt(10)) {
                case 0:
                    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
                case 1:
                    return n.substring(0, n.length() - 1);
                case 2:
                    return "";
                case 3:
                    return "\"" + n + "\"";
                case 4:
                    return n + " " + pick(names);
                case 5:
                    return n.toUpperCase(Locale.ROOT);
                default:
                    return n;
            }
        }

        private static final List<String> BOOLEANS = List.of("1", "yes", "y", "true", "t", "on", "0", "no", "n",
                "false", "f", "off");
        private static final List<String> NOT_BOOLEANS = List.of("", "2", "maybe", "yess", "enable", "ja", "0x1",
                "+1", "01", "\"yes\"", "o", "nope", "-1");

        String bool() {
            int r = random.nextInt(10);
            if (r < 3) {
                return pick(NOT_BOOLEANS);
            }
            String b = pick(BOOLEANS);
            return r < 5 ? b.toUpperCase(Locale.ROOT) : r < 6 ? Character.toUpperCase(b.charAt(0)) + b.substring(1) : b;
        }

        private static final List<String> CONTROLLERS = List.of("cpu", "cpuacct", "cpuset", "io", "blkio",
                "memory", "devices", "pids", "bpf-firewall", "bpf-devices", "bpf-foreign", "bpf-socket-bind",
                "bpf-restrict-network-interfaces", "maybe", "Memory", "cpu,memory", "foo", "hugetlb", "rdma");
        private static final List<String> DELEGATE_ODD = List.of("", "\"cpu memory\"", "'pids'", "cpu\\ memory",
                "\"\" cpu", "\"cpu io\" 'pids", "\"cpu", "cpu'", "'cpu' \"memory\"", "c\"p\"u", "  cpu   memory ");

        String delegate() {
            int r = random.nextInt(10);
            if (r < 3) {
                return bool();
            }
            if (r < 5) {
                return pick(DELEGATE_ODD);
            }
            int n = 1 + random.nextInt(3);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                words.add(pick(CONTROLLERS));
            }
            return String.join(" ", words);
        }
    }
}
