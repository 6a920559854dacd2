package dev.headroom.overlay;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;

import dev.headroom.cli.Main;
import dev.headroom.report.PlanReport;

/**
 * The apply run in a child JVM by {@link CrashSafetyTest}, through the command line as a user
 * runs it: the fixture's changes written as a PLAN.json beside the root, then
 * {@code headroom apply --root ROOT --plan PLAN.json --no-validate}. With
 * {@code HEADROOM_CRASH_AFTER=N} it dies like {@code kill -9} after N filesystem steps. Exit 0
 * when the apply finished.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<Map<String, Object>> edits = new ArrayList<>();
        for (Change c : OverlayFixture.changes()) {
            Path file = root.resolve(c.path().substring(1));
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", c.path().substring(1));
            e.put("create", !Files.exists(file));
            e.put("fixes", List.of("TEST"));
            e.put("beforeSha256", Files.exists(file)
                    ? PlanReport.sha256(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)) : null);
            e.put("after", new String(c.content(), StandardCharsets.ISO_8859_1));
            edits.add(e);
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("format", PlanReport.FORMAT);
        plan.put("edits", edits);
        Path planFile = root.resolveSibling(root.getFileName() + "-plan.json");
        Files.writeString(planFile, new Gson().newBuilder().serializeNulls().create().toJson(plan));
        System.exit(Main.run(System.out, System.err, "apply", "--root", root.toString(), "--plan",
                planFile.toString(), "--no-validate"));
    }
}
