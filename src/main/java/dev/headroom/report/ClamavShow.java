package dev.headroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.model.clamav.ClamConfig;
import dev.headroom.model.clamav.ClamType;
import dev.headroom.model.clamav.ClamValue;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.clamav.ClamdInstance;
import dev.headroom.model.clamav.ClamdMemory;
import dev.headroom.model.clamav.EngineEstimate;
import dev.headroom.model.clamav.FreshclamInstance;
import dev.headroom.model.clamav.db.DatabaseFile;
import dev.headroom.model.clamav.db.SignatureDatabase;
import dev.headroom.model.systemd.ServiceUnit;

/**
 * {@code show} for ClamAV: each clamd's and freshclam's effective options with their origins,
 * and for clamd the signature database (files, counts) with the engine's estimated size and
 * load time.
 */
final class ClamavShow {

    /** The options a text report always shows, set or not: what decides memory and time. */
    private static final List<String> CLAMD_KEY_OPTIONS = List.of("DatabaseDirectory", "ConcurrentDatabaseReload",
            "SelfCheck", "MaxThreads", "MaxQueue", "MaxRecursion", "MaxScanSize", "MaxFileSize", "StreamMaxLength",
            "Foreground");
    private static final List<String> FRESHCLAM_KEY_OPTIONS = List.of("DatabaseDirectory", "Checks", "TestDatabases",
            "NotifyClamd");

    private final ClamavSetup setup;
    private final HostFacts facts;

    ClamavShow(ClamavSetup setup, HostFacts facts) {
        this.setup = setup;
        this.facts = facts == null ? HostFacts.UNKNOWN : facts;
    }

    List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        if (setup == null) {
            return out;
        }
        for (ClamdInstance c : setup.clamd()) {
            Map<String, Object> s = service(c.name(), "clamd", c.config(), c.unit());
            s.put("database", database(c));
            s.put("memory", memory(c));
            out.add(s);
        }
        for (FreshclamInstance f : setup.freshclam()) {
            out.add(service(f.unit() != null ? f.unit().name() : f.config().file(), "freshclam", f.config(), f.unit()));
        }
        return out;
    }

    private static Map<String, Object> service(String name, String kind, ClamConfig config, ServiceUnit unit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("kind", kind);
        s.put("config", config.file());
        s.put("unit", unit == null ? null : unit.name());
        s.put("refused", config.refused());
        Map<String, Object> settings = new LinkedHashMap<>();
        for (ClamValue v : config.values()) {
            if (v.option().commandLineOnly()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", value(v));
            m.put("origin", v.origin() == null ? "default" : v.origin().toString());
            if (v.option().deprecated()) {
                m.put("deprecated", true);
            }
            settings.put(v.option().displayName(), m);
        }
        s.put("settings", settings);
        return s;
    }

    /**
     * BOOL as a boolean, NUMBER and SIZE as numbers (bytes), STRING as a string; a list for a
     * multiple option. NotifyClamd has a default path but acts only when the file names it
     * (freshclam tests {@code ->active}, shared/domain.md D.4): unset, it is null.
     */
    private static Object value(ClamValue v) {
        ClamType t = v.option().type();
        if (!v.set() && v.option().displayName().equals("NotifyClamd")) {
            return null;
        }
        if (v.option().multiple() && v.settings().size() > 1) {
            return t == ClamType.STRING ? v.strings() : v.numbers();
        }
        if (t == ClamType.BOOL) {
            return v.enabled();
        }
        if (t == ClamType.STRING) {
            return v.string();
        }
        return v.number();
    }

    private static Map<String, Object> database(ClamdInstance c) {
        Map<String, Object> d = new LinkedHashMap<>();
        SignatureDatabase db = c.database();
        d.put("directory", c.databaseDirectory());
        d.put("read", db != null);
        if (db == null) {
            return d;
        }
        d.put("problem", db.problem());
        List<Map<String, Object>> files = new ArrayList<>();
        for (DatabaseFile f : db.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            m.put("bytes", f.bytes());
            m.put("signatures", f.signatures());
            if (f.header() != null) {
                m.put("version", f.header().version());
                m.put("functionalityLevel", f.header().functionalityLevel());
                m.put("builtAt", f.header().builtAt().map(Object::toString).orElse(null));
            }
            m.put("skipped", f.skipped());
            m.put("problem", f.problem());
            files.add(m);
        }
        d.put("files", files);
        d.put("signatures", db.signatures());
        return d;
    }

    private Map<String, Object> memory(ClamdInstance c) {
        ClamdMemory mem = ClamdMemory.of(c, facts, setup.clamd().size() == 1);
        EngineEstimate e = mem.estimate();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("steady", mem.steadyBytes());
        m.put("engine", mem.engineBytes());
        m.put("reloadPeak", mem.reloadPeakBytes(c.concurrentReload()));
        m.put("basis", mem.basis(facts.source()));
        m.put("estimatedSignatures", e.signatures());
        m.put("estimatedByKind", e.byKind());
        m.put("loadCpuSeconds", round(e.loadCpuSeconds()));
        m.put("slowLoadSeconds", round(e.slowLoadSeconds()));
        return m;
    }

    private static double round(double s) {
        return Math.round(s * 100) / 100.0;
    }

    void text(StringBuilder out, Style style) {
        if (setup == null) {
            return;
        }
        for (ClamdInstance c : setup.clamd()) {
            header(out, style, c.name(), "clamd", c.config());
            options(out, style, c.config(), CLAMD_KEY_OPTIONS);
            databaseText(out, c);
            ClamdMemory mem = ClamdMemory.of(c, facts, setup.clamd().size() == 1);
            EngineEstimate e = mem.estimate();
            out.append(String.format(Locale.ROOT, "  %-26s %10s  %s%n", "= steady", Sizes.human(mem.steadyBytes()),
                    style.dim(mem.basis(facts.source()))));
            out.append(String.format(Locale.ROOT, "  %-26s %10s  %s%n", "= reload peak",
                    Sizes.human(mem.reloadPeakBytes(c.concurrentReload())), style.dim(c.concurrentReload()
                            ? "steady + a second engine (ConcurrentDatabaseReload yes)"
                            : "steady: the old engine goes first (ConcurrentDatabaseReload no)")));
            out.append(String.format(Locale.ROOT, "  %-26s %10s  %s%n", "= load time",
                    String.format(Locale.ROOT, "%.1f s", e.loadCpuSeconds()), style.dim(String.format(Locale.ROOT,
                            "CPU on a fast idle core; allow %.0f s on a small or busy host", e.slowLoadSeconds()))));
        }
        for (FreshclamInstance f : setup.freshclam()) {
            header(out, style, f.unit() != null ? f.unit().name() : f.config().file(), "freshclam", f.config());
            options(out, style, f.config(), FRESHCLAM_KEY_OPTIONS);
        }
    }

    private static void header(StringBuilder out, Style style, String name, String kind, ClamConfig config) {
        out.append(style.bold(name)).append("  ").append(kind).append(", ").append(config.file())
                .append(config.refused() ? "  (refused: " + config.fatal().map(p -> p.message(config.file())).orElse("") + ")" : "")
                .append('\n');
    }

    /** The key options, then every other option the file sets. */
    private static void options(StringBuilder out, Style style, ClamConfig config, List<String> key) {
        for (ClamValue v : config.values()) {
            String name = v.option().displayName();
            if (v.option().commandLineOnly() || (!key.contains(name) && !v.set())) {
                continue;
            }
            Object value = value(v);
            String text = value == null ? "(off)" : value instanceof Boolean b ? (b ? "yes" : "no")
                    : v.option().type() == ClamType.SIZE || v.option().type() == ClamType.SIZE64
                            ? Sizes.human((Long) value) : String.valueOf(value);
            out.append(String.format(Locale.ROOT, "  %-26s %10s  %s%n", name, text,
                    style.dim(v.origin() == null ? "default" : v.origin().toString())));
        }
    }

    private static void databaseText(StringBuilder out, ClamdInstance c) {
        SignatureDatabase db = c.database();
        if (db == null) {
            out.append(String.format(Locale.ROOT, "  %-26s %10s  %s%n", "database", "?",
                    c.databaseDirectory() + " is not there to read: the official databases are assumed"));
            return;
        }
        out.append(String.format(Locale.ROOT, "  %-26s %10s  %s%n", "database",
                String.format(Locale.ROOT, "%,d", db.signatures()), db.directory() + ", " + db.files().size()
                        + (db.files().size() == 1 ? " file" : " files")
                        + (db.problem() != null ? " (" + db.problem() + ")" : "")));
        for (DatabaseFile f : db.files()) {
            String note = f.problem() != null ? "problem: " + f.problem()
                    : f.skipped() != null ? "skipped: " + f.skipped()
                    : f.header() != null ? "version " + f.header().version()
                            + f.header().displayTime().map(t -> ", built " + t).orElse("") : "";
            out.append(String.format(Locale.ROOT, "    %-24s %10s  %s%n", f.name(),
                    String.format(Locale.ROOT, "%,d", f.signatures()), note));
        }
    }
}
