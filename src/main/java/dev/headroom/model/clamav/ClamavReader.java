package dev.headroom.model.clamav;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.clamav.db.LoadOptions;
import dev.headroom.model.clamav.db.SignatureDatabase;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * Finds ClamAV's configuration under a root, on the layouts headroom knows, and ties each file
 * to the unit that runs it:
 * <ul>
 * <li>Debian: {@code /etc/clamav/clamd.conf} (clamav-daemon.service runs {@code clamd} with its
 * compiled-in path) and {@code /etc/clamav/freshclam.conf};</li>
 * <li>RHEL/Fedora: {@code /etc/clamd.d/NAME.conf}, one per instance of the {@code clamd@.service}
 * template ({@code clamd -c /etc/clamd.d/%i.conf}), and {@code /etc/freshclam.conf};</li>
 * <li>upstream: {@code /usr/local/etc/clamd.conf} and {@code /usr/local/etc/freshclam.conf}.</li>
 * </ul>
 * A unit whose ExecStart names another file with {@code -c}/{@code --config-file} reads that one.
 */
public final class ClamavReader {

    /** Where a clamd or freshclam without -c looks, by layout, the first that exists winning. */
    private static final List<String> CLAMD_DEFAULTS = List.of("/etc/clamav/clamd.conf", "/etc/clamd.conf",
            "/usr/local/etc/clamd.conf");
    private static final List<String> FRESHCLAM_DEFAULTS = List.of("/etc/clamav/freshclam.conf",
            "/etc/freshclam.conf", "/usr/local/etc/freshclam.conf");
    private static final String CLAMD_D = "/etc/clamd.d";

    /** An option only freshclam has: how a freshclam.conf under another name is told apart. */
    private static final java.util.regex.Pattern FRESHCLAM_OPTION = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(?:DatabaseMirror|Checks|NotifyClamd|UpdateLogFile|PrivateMirror)[ \\t]");

    private final RootedFs fs;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<ClamavSetup.Unreadable> unreadable = new ArrayList<>();
    private final Map<String, SignatureDatabase> databases = new java.util.HashMap<>();

    private ClamavReader(RootedFs fs) {
        this.fs = fs;
    }

    /** Null when the root has no ClamAV configuration and no unit running clamd or freshclam. */
    public static ClamavSetup read(RootedFs fs, SystemdConfig systemd) {
        return new ClamavReader(fs).discover(systemd, true);
    }

    /**
     * A file named on the command line: freshclam's when its name or an option only freshclam has
     * says so, clamd's otherwise. Null when it cannot be read.
     */
    public static ClamavSetup readFile(RootedFs fs, String serverPath) {
        ClamavReader r = new ClamavReader(fs);
        SourceFile f;
        try {
            f = fs.read(serverPath);
        } catch (IOException e) {
            return null;
        }
        r.files.add(f);
        ClamTool tool = serverPath.substring(serverPath.lastIndexOf('/') + 1).contains("freshclam")
                || FRESHCLAM_OPTION.matcher(f.text()).find() ? ClamTool.FRESHCLAM : ClamTool.CLAMD;
        ClamConfig c = ClamConfig.read(f.display(), f.text(), tool);
        return tool == ClamTool.FRESHCLAM
                ? new ClamavSetup(List.of(), List.of(new FreshclamInstance(serverPath, c, null)), r.files, List.of())
                : new ClamavSetup(List.of(new ClamdInstance(serverPath, c, null, null)), List.of(), r.files, List.of());
    }

    /** Only the files that the given units' daemons read (units named on the command line). */
    public static ClamavSetup forUnits(RootedFs fs, SystemdConfig systemd) {
        return new ClamavReader(fs).discover(systemd, false);
    }

    /** @param onDisk whether files no unit names are read too (the layouts' usual places) */
    private ClamavSetup discover(SystemdConfig systemd, boolean onDisk) {
        Map<String, ServiceUnit> clamdUnits = new LinkedHashMap<>();
        Map<String, ServiceUnit> freshclamUnits = new LinkedHashMap<>();
        if (systemd != null) {
            for (ServiceUnit s : systemd.services()) {
                if (s.masked()) {
                    continue;
                }
                String exe = s.executable();
                if (s.name().contains("@.")) {
                    continue;
                }
                if ("clamd".equals(exe)) {
                    String path = configOf(s, CLAMD_DEFAULTS);
                    if (path != null) {
                        clamdUnits.putIfAbsent(path, s);
                    }
                } else if ("freshclam".equals(exe) && ClamCommandLine.parse(s.argv()).daemon()) {
                    String path = configOf(s, FRESHCLAM_DEFAULTS);
                    if (path != null) {
                        freshclamUnits.putIfAbsent(path, s);
                    }
                }
            }
        }
        // Files on disk with no unit: checked too (cron-run freshclam, a clamd started by hand).
        List<String> clamdFiles = new ArrayList<>(clamdUnits.keySet());
        for (String p : onDisk ? onDisk(CLAMD_DEFAULTS) : List.<String>of()) {
            if (!clamdFiles.contains(p)) {
                clamdFiles.add(p);
            }
        }
        if (onDisk && fs.isDirectory(CLAMD_D)) {
            try {
                for (String n : fs.list(CLAMD_D)) {
                    String p = CLAMD_D + "/" + n;
                    if (n.endsWith(".conf") && !clamdFiles.contains(p) && !fs.isDirectory(p)) {
                        clamdFiles.add(p);
                    }
                }
            } catch (IOException e) {
                // An unreadable directory: the units still name their files.
            }
        }
        List<String> freshclamFiles = new ArrayList<>(freshclamUnits.keySet());
        for (String p : onDisk ? onDisk(FRESHCLAM_DEFAULTS) : List.<String>of()) {
            if (!freshclamFiles.contains(p)) {
                freshclamFiles.add(p);
            }
        }
        List<ClamdInstance> clamd = new ArrayList<>();
        for (String p : clamdFiles) {
            ClamConfig c = config(p, ClamTool.CLAMD, clamdUnits.get(p));
            if (c != null) {
                clamd.add(new ClamdInstance(p, c, clamdUnits.get(p), database(c)));
            }
        }
        List<FreshclamInstance> freshclam = new ArrayList<>();
        for (String p : freshclamFiles) {
            ClamConfig c = config(p, ClamTool.FRESHCLAM, freshclamUnits.get(p));
            if (c != null) {
                freshclam.add(new FreshclamInstance(p, c, freshclamUnits.get(p)));
            }
        }
        if (clamd.isEmpty() && freshclam.isEmpty() && unreadable.isEmpty()) {
            return null;
        }
        return new ClamavSetup(clamd, freshclam, files, unreadable);
    }

    /**
     * The signature database a clamd with this configuration loads, read once per directory and
     * options; null when the directory is not under the root (a tree of configuration only).
     */
    private SignatureDatabase database(ClamConfig c) {
        String dir = ClamdInstance.databaseDirectory(c);
        if (!fs.isDirectory(dir)) {
            return null;
        }
        LoadOptions options = ClamdInstance.loadOptions(c);
        return databases.computeIfAbsent(dir + "\0" + options.key(), k -> SignatureDatabase.read(fs, dir, options));
    }

    private List<String> onDisk(List<String> candidates) {
        List<String> out = new ArrayList<>();
        for (String p : candidates) {
            if (fs.exists(p) && !fs.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The file a unit's daemon reads: its -c, else the first default that exists; null when it
     * names none and none exists (the compiled-in path differs between builds, so headroom does
     * not guess which missing file the daemon would complain about).
     */
    private String configOf(ServiceUnit s, List<String> defaults) {
        String c = ClamCommandLine.parse(s.argv()).configFile();
        if (c != null && c.startsWith("/")) {
            return c;
        }
        List<String> present = onDisk(defaults);
        return present.isEmpty() ? null : present.get(0);
    }

    /** Null when the file cannot be read; the reason is kept, with the unit that needs the file. */
    private ClamConfig config(String serverPath, ClamTool tool, ServiceUnit unit) {
        SourceFile f;
        try {
            f = fs.read(serverPath);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            dev.headroom.source.Origin at = unit == null ? dev.headroom.source.Origin.file(fs.display(serverPath))
                    : unit.get("ExecStart") != null && unit.get("ExecStart").origin() != null
                            ? unit.get("ExecStart").origin() : unit.at();
            unreadable.add(new ClamavSetup.Unreadable(fs.display(serverPath), unit == null ? null : unit.name(),
                    reason, at));
            return null;
        }
        files.add(f);
        return ClamConfig.read(f.display(), f.text(), tool);
    }
}
