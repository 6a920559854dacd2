package dev.headroom.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.headroom.model.clamav.ClamavReader;
import dev.headroom.model.clamav.ClamavSetup;
import dev.headroom.model.httpd.HttpdConfig;
import dev.headroom.model.httpd.HttpdDirectives;
import dev.headroom.model.httpd.HttpdEvent;
import dev.headroom.model.httpd.HttpdLayout;
import dev.headroom.model.httpd.HttpdReader;
import dev.headroom.model.httpd.HttpdVersion;
import dev.headroom.model.httpd.Mpm;
import dev.headroom.model.mysql.MysqlConfig;
import dev.headroom.model.mysql.MysqlReader;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdInputs;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.model.phpfpm.PhpFpmReader;
import dev.headroom.model.phpfpm.PhpFpmSetup;
import dev.headroom.model.sysctl.SysctlConfig;
import dev.headroom.model.sysctl.SysctlReader;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.model.systemd.SystemdReader;
import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * The discover step: finds each daemon's configuration under a root (or takes the files named
 * on the command line) and resolves it into its effective model.
 *
 * @param systemd     the units, or null when there are none to check
 * @param sysctl      the kernel settings, read when there are units to hold against them
 * @param clamav      clamd and freshclam, or null when there are none
 * @param phpfpm      php-fpm's masters and pools, or null when there are none
 * @param mysql       MySQL's or MariaDB's server options, or null when there are none
 * @param openbsd     OpenBSD kernel configurations and saved {@code vmstat -m}/{@code netstat -m}
 *                    output, or null when there are none
 * @param facts       the machine's RAM, swap, CPUs and measured sizes, as far as known
 * @param inputErrors inputs that could not be read at all (exit code 3), as
 *                    {@code file: error: what}
 */
public record Workspace(List<HttpdConfig> httpd, SystemdConfig systemd, SysctlConfig sysctl,
        ClamavSetup clamav, PhpFpmSetup phpfpm, MysqlConfig mysql, OpenbsdKernel openbsd, HostFacts facts,
        List<String> inputErrors) {

    /** Only httpd configurations (tests and tools that read nothing else). */
    public static Workspace ofHttpd(List<HttpdConfig> httpd) {
        return new Workspace(httpd, null, null, null, null, null, null, HostFacts.UNKNOWN, List.of());
    }

    /** The same, with these host facts. */
    public Workspace withFacts(HostFacts f) {
        return new Workspace(httpd, systemd, sysctl, clamav, phpfpm, mysql, openbsd, f, inputErrors);
    }

    /** The same, with these OpenBSD kernel inputs. */
    public Workspace withOpenbsd(OpenbsdKernel k) {
        return new Workspace(httpd, systemd, sysctl, clamav, phpfpm, mysql, k, facts, inputErrors);
    }

    /** The same, with one more input that could not be read. */
    public Workspace withInputError(String error) {
        List<String> errors = new ArrayList<>(inputErrors);
        errors.add(error);
        return new Workspace(httpd, systemd, sysctl, clamav, phpfpm, mysql, openbsd, facts, List.copyOf(errors));
    }

    /**
     * The same, with the OpenBSD files the facts file's {@code [openbsd]} section names
     * ({@code kernel}, {@code vmstat-m}, {@code netstat-m}), read under the root; one that
     * cannot be read is an input error.
     */
    public Workspace withOpenbsdFromFacts(Path root) {
        OpenbsdFacts o = facts == null ? null : facts.openbsd();
        if (o == null || !o.namesFiles()) {
            return this;
        }
        RootedFs fs = new RootedFs(root);
        OpenbsdInputs in = new OpenbsdInputs();
        List<String> errors = new ArrayList<>(inputErrors);
        String[][] named = {{o.kernel(), "kernel"}, {o.vmstatM(), "vmstat-m"}, {o.netstatM(), "netstat-m"},
            {o.netstatInet(), "netstat-inet"}};
        OpenbsdInputs.Kind[] kinds = OpenbsdInputs.Kind.values();
        for (int i = 0; i < named.length; i++) {
            if (named[i][0] == null) {
                continue;
            }
            String problem = in.add(fs, named[i][0], kinds[i]);
            if (problem != null) {
                errors.add(fs.display(named[i][0]) + ": error: " + problem + " (named by [openbsd] " + named[i][1]
                        + " in " + facts.source() + ")");
            }
        }
        return new Workspace(httpd, systemd, sysctl, clamav, phpfpm, mysql, in.build(), facts, List.copyOf(errors));
    }

    /** Files named on the command line that systemd reads: units, drop-ins, system.conf. */
    private static final Pattern UNIT_NAME = Pattern.compile(
            ".*\\.(service|socket|timer|target|path|mount|automount|swap|slice)$"
                    // drop-ins: only in a unit's (or system.conf's) .d directory, not httpd's conf.d or clamd.d
                    + "|.*\\.(service|socket|timer|target|path|mount|automount|swap|slice|conf)\\.d/[^/]*\\.conf$"
                    + "|.*/system\\.conf$");
    private static final Pattern UNIT_SECTION = Pattern.compile(
            "(?m)^[ \\t]*\\[(Unit|Service|Install|Socket|Timer|Manager)\\][ \\t]*\\r?$");

    /** ClamAV's files by name: clamd.conf, freshclam.conf, /etc/clamd.d/NAME.conf and the like. */
    private static final Pattern CLAM_NAME = Pattern.compile(
            "(?:.*/)?(?:clamd[^/]*|freshclam[^/]*)\\.conf(?:\\.sample)?$|.*/clamd\\.d/[^/]*\\.conf$");
    /** ClamAV's files by content: an option line only clamd or freshclam has. */
    private static final Pattern CLAM_OPTION = Pattern.compile(
            "(?m)^[ \\t]*(?:Example|LocalSocket|TCPSocket|DatabaseDirectory|DatabaseMirror|MaxThreads|Checks"
                    + "|NotifyClamd|ConcurrentDatabaseReload|SelfCheck)[ \\t]");

    private static final Pattern MPM_SECTION = Pattern.compile(
            "<IfModule\\s+\"?(?:mpm_(event|worker|prefork)_module|(event|worker|prefork)\\.c)\"?\\s*>",
            Pattern.CASE_INSENSITIVE);

    /** Every configuration found under the root, on the layouts headroom knows. */
    public static Workspace discover(Path root) {
        return discover(new RootedFs(root));
    }

    /** Every configuration found in this tree (which may hold files not yet written: {@link RootedFs#with}). */
    public static Workspace discover(RootedFs fs) {
        List<HttpdConfig> httpd = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        HttpdLayout layout = HttpdLayout.discover(fs);
        if (layout != null) {
            HttpdConfig c = read(fs, layout, null);
            httpd.add(c);
            mainUnreadable(c, errors);
        }
        SystemdConfig systemd = SystemdReader.read(fs);
        return new Workspace(httpd, systemd, systemd == null ? null : SysctlReader.read(fs),
                ClamavReader.read(fs, systemd), PhpFpmReader.read(fs), MysqlReader.read(fs), null, HostFacts.UNKNOWN,
                errors);
    }

    /**
     * The files named on the command line, each checked as a main configuration file. A
     * fragment that loads no MPM is checked against the MPM its {@code <IfModule>} blocks name
     * (event when none), since it means nothing without one.
     *
     * @param root the root the paths live in; their daemon paths are taken relative to it
     */
    public static Workspace files(Path root, List<Path> paths, Path cwd, String lang) {
        Path absRoot = root.toAbsolutePath().normalize();
        List<HttpdConfig> httpd = new ArrayList<>();
        List<SystemdConfig> units = new ArrayList<>();
        List<ClamavSetup> clam = new ArrayList<>();
        OpenbsdInputs openbsd = new OpenbsdInputs();
        List<String> errors = new ArrayList<>();
        // Shown as the user named them: relative to the working directory when inside it.
        String base = "/";
        Path absCwd = cwd.toAbsolutePath().normalize();
        if (absCwd.startsWith(absRoot)) {
            base = "/" + absRoot.relativize(absCwd).toString();
        }
        RootedFs fs = new RootedFs(absRoot, base, RootedFs.DEFAULT_MAX_FILE_BYTES);
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(absRoot)) {
                errors.add(p + ": error: the file is outside --root " + root);
                continue;
            }
            if (!Files.exists(abs)) {
                errors.add(p + ": error: no such file");
                continue;
            }
            if (Files.isDirectory(abs)) {
                errors.add(p + ": error: is a directory (to check a whole tree, use --root " + p + ")");
                continue;
            }
            String serverPath = fs.serverPath(abs);
            Language language = lang != null ? Language.valueOf(lang) : detect(fs, serverPath);
            if (language == Language.systemd) {
                units.add(SystemdReader.readFile(fs, serverPath));
                continue;
            }
            if (language == Language.clamav) {
                ClamavSetup c = ClamavReader.readFile(fs, serverPath);
                if (c == null) {
                    errors.add(p + ": error: cannot read the file");
                } else {
                    clam.add(c);
                }
                continue;
            }
            if (language == Language.openbsd) {
                String problem = openbsd.add(fs, serverPath);
                if (problem != null) {
                    errors.add(p + ": error: " + problem);
                }
                continue;
            }
            if (language == null) {
                errors.add(p + ": error: cannot tell which daemon reads this file; name it with --lang httpd");
                continue;
            }
            HttpdLayout layout = HttpdLayout.forFile(serverPath);
            HttpdConfig c = read(fs, layout, null);
            if (c.mpm() == null && c.events().stream().anyMatch(e -> e.kind() == HttpdEvent.Kind.NO_MPM)) {
                c = read(fs, layout, assumedMpm(c));
            }
            httpd.add(c);
            mainUnreadable(c, errors);
        }
        SystemdConfig systemd = SystemdConfig.merge(units);
        if (systemd != null) {
            // A clamd or freshclam unit named on the command line: the file its daemon reads too.
            ClamavSetup linked = ClamavReader.forUnits(fs, systemd);
            if (linked != null) {
                clam.add(linked);
            }
        }
        return new Workspace(httpd, systemd, systemd == null ? null : SysctlReader.read(fs),
                ClamavSetup.merge(clam), null, null, openbsd.build(), HostFacts.UNKNOWN, errors);
    }

    /** The languages a file named on the command line can be in (as {@code --lang} names them). */
    private enum Language {
        httpd, systemd, clamav, openbsd
    }

    /**
     * Which daemon reads the file, from its name and the head of its text, read once; null when
     * none can be told. Unreadable and binary files go to httpd's reader, which reports them
     * precisely.
     */
    private static Language detect(RootedFs fs, String serverPath) {
        if (UNIT_NAME.matcher(serverPath).matches()) {
            return Language.systemd;
        }
        if (CLAM_NAME.matcher(serverPath).matches()) {
            return Language.clamav;
        }
        SourceFile f;
        try {
            f = fs.read(serverPath);
        } catch (IOException e) {
            return Language.httpd;
        }
        String head = f.text().length() > 65536 ? f.text().substring(0, 65536) : f.text();
        if (UNIT_SECTION.matcher(head).find()) {
            return Language.systemd;
        }
        if (CLAM_OPTION.matcher(head).find() && !HttpdDirectives.looksLikeHttpd(head)) {
            return Language.clamav;
        }
        if (!f.looksBinary() && OpenbsdInputs.recognises(head)) {
            return Language.openbsd;
        }
        return f.looksBinary() || HttpdDirectives.looksLikeHttpd(head) ? Language.httpd : null;
    }

    private static HttpdConfig read(RootedFs fs, HttpdLayout layout, Mpm assume) {
        return new HttpdReader(fs, layout.name(), layout.serverRoot(), layout.environment(fs),
                HttpdVersion.DEFAULT, assume, Runtime.getRuntime().availableProcessors())
                .read(layout.mainFile());
    }

    private static Mpm assumedMpm(HttpdConfig c) {
        for (var f : c.files()) {
            Matcher m = MPM_SECTION.matcher(f.text());
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                return Mpm.valueOf(name.toUpperCase(Locale.ROOT));
            }
        }
        return Mpm.EVENT;
    }

    /** The main file itself unreadable, binary or too large: nothing was checked. */
    private static void mainUnreadable(HttpdConfig c, List<String> errors) {
        if (!c.files().isEmpty()) {
            return;
        }
        for (HttpdEvent e : c.events()) {
            switch (e.kind()) {
                case FILE_UNREADABLE:
                case FILE_TOO_LARGE:
                case FILE_BINARY:
                case INCLUDE_FAILED:
                    errors.add(e.origin() + ": error: " + e.message());
                    return;
                default:
                    break;
            }
        }
    }
}
