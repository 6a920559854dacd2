package dev.headroom.model.clamav.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.source.RootedFs;

/**
 * A ClamAV database directory ({@code DatabaseDirectory}, {@code /var/lib/clamav}) read without
 * loading it: the files clamd would load, in its order, each with its signature count, and the
 * total. Container headers are read (512 bytes), never their bodies; plain files are streamed.
 * Nothing here throws for a bad file: each problem is a message on its file.
 *
 * <p>Source: {@code cli_loaddbdir}, {@code cli_load} and {@code count_signatures} in
 * {@code libclamav/readdb.c}, {@code cli_cvdload} in {@code libclamav/cvd.c}
 * (Cisco-Talos/clamav rel/1.4 e8b337754d18):
 * <ul>
 * <li>only the extensions of {@code CLI_DBEXT} are looked at ({@link DatabaseKind});</li>
 * <li>load order: {@code .ign}/{@code .ign2} first (their names switch off signatures in every
 * later file), then {@code daily.cld}, {@code daily.cvd}, {@code local.gdb}, {@code daily.cfg},
 * {@code .crb}, the rest; within a rank ClamAV follows {@code readdir}, headroom the name;</li>
 * <li>{@code X.cvd} and {@code X.cld} are one database: the higher version loads, the
 * {@code .cld} when equal; a duplicate whose header does not parse fails the load;</li>
 * <li>a {@code daily.cld}/{@code daily.cvd} whose header does not parse fails the load before
 * anything is loaded; other containers fail when they are reached;</li>
 * <li>a directory with nothing to load is an error ("No supported database files found").</li>
 * </ul>
 * Not verified: the MD5 and RSA signature of {@code .cvd} bodies, the signed {@code .info} inside
 * a {@code .cld}, whether a container's body holds the number of signatures its header claims.
 */
public final class SignatureDatabase {

    private static final int IGN = 1;
    private static final int DAILY_CLD = 2;
    private static final int DAILY_CVD = 3;
    private static final int LOCAL_GDB = 4;
    private static final int DAILY_CFG = 5;
    private static final int CRB = 6;
    private static final int NORMAL = 7;

    private final String directory;
    private final List<DatabaseFile> files;
    private final String problem;

    private SignatureDatabase(String directory, List<DatabaseFile> files, String problem) {
        this.directory = directory;
        this.files = Collections.unmodifiableList(files);
        this.problem = problem;
    }

    /** The directory read with clamd's default settings (ClamAV 1.4.6). */
    public static SignatureDatabase read(Path dir) {
        return read(dir, LoadOptions.DEFAULTS);
    }

    public static SignatureDatabase read(Path dir, LoadOptions options) {
        return read(new Listing() {
            @Override
            public String path() {
                return dir.toString();
            }

            @Override
            public List<String> names() throws IOException {
                List<String> names = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                    for (Path p : ds) {
                        names.add(p.getFileName().toString());
                    }
                }
                return names;
            }

            @Override
            public Path resolve(String name) {
                return dir.resolve(name);
            }
        }, options);
    }

    /** A directory of the server being checked; links are followed inside its root. */
    public static SignatureDatabase read(RootedFs fs, String serverDir, LoadOptions options) {
        String base = serverDir.endsWith("/") ? serverDir : serverDir + "/";
        return read(new Listing() {
            @Override
            public String path() {
                return serverDir;
            }

            @Override
            public List<String> names() throws IOException {
                return fs.list(serverDir);
            }

            @Override
            public Path resolve(String name) throws IOException {
                return fs.resolve(base + name);
            }
        }, options);
    }

    /** The directory as given. */
    public String directory() {
        return directory;
    }

    /** The database files, in load order; files libclamav ignores (other extensions) are not listed. */
    public List<DatabaseFile> files() {
        return files;
    }

    /** Why the directory cannot be loaded as a whole (unreadable, nothing to load); null otherwise. */
    public String problem() {
        return problem;
    }

    /** The signatures of the files that load: what clamd reports once loaded, if the headers tell the truth. */
    public long signatures() {
        long n = 0;
        for (DatabaseFile f : files) {
            if (f.loads()) {
                n += f.signatures();
            }
        }
        return n;
    }

    /** The size of the listed files. */
    public long bytes() {
        long n = 0;
        for (DatabaseFile f : files) {
            n += Math.max(0, f.bytes());
        }
        return n;
    }

    public List<DatabaseFile> problems() {
        List<DatabaseFile> out = new ArrayList<>();
        for (DatabaseFile f : files) {
            if (f.hasProblem()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether clamd would load the directory (it refuses all of it for one bad file). */
    public boolean loads() {
        return problem == null && problems().isEmpty();
    }

    /** The file of that name, or null. */
    public DatabaseFile file(String name) {
        for (DatabaseFile f : files) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private interface Listing {
        String path();

        List<String> names() throws IOException;

        Path resolve(String name) throws IOException;
    }

    /** A listed file before it is read. */
    private record Entry(String name, DatabaseKind kind, int rank, Path real) {
    }

    private static SignatureDatabase read(Listing dir, LoadOptions o) {
        List<String> names;
        try {
            names = dir.names();
        } catch (IOException | RuntimeException e) {
            return new SignatureDatabase(dir.path(), new ArrayList<>(), "Can't open directory " + dir.path());
        }
        List<Entry> entries = new ArrayList<>();
        for (String name : names) {
            DatabaseKind kind = DatabaseKind.of(name);
            if (kind == null || name.equals(".") || name.equals("..")) {
                continue;
            }
            Path real;
            try {
                real = dir.resolve(name);
            } catch (IOException | RuntimeException e) {
                real = null;
            }
            entries.add(new Entry(name, kind, rank(name, kind), real));
        }
        entries.sort(Comparator.comparingInt(Entry::rank).thenComparing(Entry::name));

        Map<String, Entry> byName = new HashMap<>();
        for (Entry e : entries) {
            byName.put(e.name(), e);
        }
        CvdHeader dailyCld = null;
        CvdHeader dailyCvd = null;
        List<DatabaseFile> out = new ArrayList<>();
        List<Entry> toLoad = new ArrayList<>();
        Map<String, String> fatal = new HashMap<>();
        for (Entry e : entries) {
            if (e.rank() == DAILY_CLD || e.rank() == DAILY_CVD) {
                if (e.real() == null || !Files.isReadable(e.real())) {
                    // cli_loaddbdir drops an unreadable daily.cld/daily.cvd without a word.
                    out.add(new DatabaseFile(e.name(), e.kind(), size(e.real()), 0, null,
                            "missing or not readable; clamd passes over it", null));
                    continue;
                }
                CvdHeader.Parse h = CvdHeader.read(e.real());
                if (!h.ok()) {
                    fatal.put(e.name(), "error parsing header: " + h.problem());
                } else if (e.rank() == DAILY_CLD) {
                    dailyCld = h.header();
                } else {
                    dailyCvd = h.header();
                }
            }
            if (o.officialDatabaseOnly() && (e.rank() == NORMAL || e.rank() == CRB)) {
                if (!dir.path().contains("clamav-") && e.kind() != DatabaseKind.CLD && e.kind() != DatabaseKind.CVD) {
                    out.add(new DatabaseFile(e.name(), e.kind(), size(e.real()), 0, null,
                            "Skipping unofficial database (OfficialDatabaseOnly yes)", null));
                    continue;
                }
            }
            toLoad.add(e);
        }
        if (toLoad.isEmpty() && fatal.isEmpty()) {
            return new SignatureDatabase(dir.path(), out,
                    "No supported database files found in " + dir.path());
        }

        IgnoreList ignore = new IgnoreList();
        for (Entry e : toLoad) {
            if (fatal.containsKey(e.name())) {
                out.add(new DatabaseFile(e.name(), e.kind(), size(e.real()), 0, CvdHeader.read(e.real()).header(), null,
                        fatal.get(e.name())));
                continue;
            }
            if (e.rank() == DAILY_CLD && dailyCvd != null && dailyCld.version() < dailyCvd.version()) {
                out.add(skippedContainer(e, "daily.cvd is newer (version " + dailyCvd.version() + ")"));
                continue;
            }
            if (e.rank() == DAILY_CVD && dailyCld != null && dailyCld.version() >= dailyCvd.version()) {
                out.add(skippedContainer(e, "daily.cld is as new or newer (version " + dailyCld.version() + ")"));
                continue;
            }
            out.add(e.kind().isContainer() ? container(e, byName) : plain(e, o, ignore));
        }
        out.sort(Comparator.comparingInt((DatabaseFile f) -> rank(f.name(), f.kind())).thenComparing(DatabaseFile::name));
        return new SignatureDatabase(dir.path(), out, null);
    }

    private static int rank(String name, DatabaseKind kind) {
        if (kind == DatabaseKind.IGN || kind == DatabaseKind.IGN2) {
            return IGN;
        }
        switch (name) {
            case "daily.cld":
                return DAILY_CLD;
            case "daily.cvd":
                return DAILY_CVD;
            case "local.gdb":
                return LOCAL_GDB;
            case "daily.cfg":
                return DAILY_CFG;
            default:
                return kind == DatabaseKind.CRB ? CRB : NORMAL;
        }
    }

    private static DatabaseFile skippedContainer(Entry e, String why) {
        return new DatabaseFile(e.name(), e.kind(), size(e.real()), 0, CvdHeader.read(e.real()).header(), why, null);
    }

    /** {@code cli_cvdload} up to the body: the header, the duplicate rule, the body's presence. */
    private static DatabaseFile container(Entry e, Map<String, Entry> byName) {
        long size = size(e.real());
        if (vanished(e.real())) {
            return new DatabaseFile(e.name(), e.kind(), size, 0, null, VANISHED, null);
        }
        String notRegular = notRegular(e.real());
        if (notRegular != null) {
            return new DatabaseFile(e.name(), e.kind(), size, 0, null, null, notRegular);
        }
        byte[] buf = new byte[CvdHeader.SIZE];
        int n;
        try (InputStream in = Files.newInputStream(e.real())) {
            n = in.readNBytes(buf, 0, buf.length);
        } catch (IOException ex) {
            return new DatabaseFile(e.name(), e.kind(), size, 0, null, null, "Can't open file");
        }
        CvdHeader.Parse shown = CvdHeader.head(buf, n);
        CvdHeader.Parse loaded = CvdHeader.asLoaded(buf, n);
        CvdHeader header = shown.ok() ? shown.header() : loaded.header();
        if (!loaded.ok()) {
            return new DatabaseFile(e.name(), e.kind(), size, 0, header, null, loaded.problem());
        }
        if (size < CvdHeader.SIZE + 7) {
            return new DatabaseFile(e.name(), e.kind(), size, 0, header, null,
                    "truncated: no database after the 512-byte header");
        }
        if (e.kind() != DatabaseKind.CUD) {
            // cli_cvdload: X.cvd and X.cld are one database; the twin's name swaps the second-last char.
            char[] twin = e.name().toCharArray();
            twin[twin.length - 2] = e.kind() == DatabaseKind.CLD ? 'v' : 'l';
            String twinName = new String(twin);
            Entry other = byName.get(twinName);
            if (other != null && other.real() != null && Files.isReadable(other.real())) {
                CvdHeader.Parse t = readAsLoaded(other.real());
                if (!t.ok()) {
                    return new DatabaseFile(e.name(), e.kind(), size, 0, header, null,
                            "duplicate database " + twinName + ": " + t.problem());
                }
                long mine = loaded.header().version();
                long theirs = t.header().version();
                if (theirs > mine) {
                    return new DatabaseFile(e.name(), e.kind(), size, 0, header,
                            "older than " + twinName + " (version " + mine + " < " + theirs + ")", null);
                }
                if (theirs == mine && e.kind() == DatabaseKind.CVD) {
                    return new DatabaseFile(e.name(), e.kind(), size, 0, header,
                            "same version as " + twinName + ", which loads instead", null);
                }
            }
        }
        return new DatabaseFile(e.name(), e.kind(), size, loaded.header().signatures(), header, null, null);
    }

    private static CvdHeader.Parse readAsLoaded(Path p) {
        byte[] buf = new byte[CvdHeader.SIZE];
        int n;
        try (InputStream in = Files.newInputStream(p)) {
            n = in.readNBytes(buf, 0, buf.length);
        } catch (IOException ex) {
            n = 0;
        }
        return CvdHeader.asLoaded(buf, n);
    }

    private static DatabaseFile plain(Entry e, LoadOptions o, IgnoreList ignore) {
        long size = size(e.real());
        DatabaseKind k = e.kind();
        String skipped = null;
        if (vanished(e.real())) {
            skipped = VANISHED;
        } else if (k.pua() && !o.detectPua()) {
            skipped = "PUA database; loaded with DetectPUA yes";
        } else if (k.format() == DatabaseKind.Format.BYTECODE && !o.bytecode()) {
            skipped = "bytecode; loaded with Bytecode yes";
        } else if (k.format() == DatabaseKind.Format.BYTECODE && !o.bytecodeUnsigned()) {
            skipped = "unsigned bytecode; loaded only with BytecodeUnsigned yes";
        } else if ((k.format() == DatabaseKind.Format.PHISHING_DOMAINS || k.format() == DatabaseKind.Format.PHISHING_ALLOW)
                && !o.phishingScanUrls()) {
            skipped = "phishing URL database; loaded with PhishingScanURLs yes";
        }
        if (skipped != null) {
            return new DatabaseFile(e.name(), k, size, 0, null, skipped, null);
        }
        String notRegular = notRegular(e.real());
        if (notRegular != null) {
            return new DatabaseFile(e.name(), k, size, 0, null, null, notRegular);
        }
        if (k.format() == DatabaseKind.Format.BYTECODE) {
            // Unsigned bytecode allowed: one signature if it carries a logical signature, none for
            // a hook; headroom does not decode bytecode and counts one, as cl_countsigs does.
            return new DatabaseFile(e.name(), k, size, 1, null, null, null);
        }
        try (InputStream in = Files.newInputStream(e.real())) {
            PlainDatabaseReader.Count c = PlainDatabaseReader.read(k, in, o, ignore);
            return new DatabaseFile(e.name(), k, size, c.problem() == null ? c.signatures() : 0, null, null, c.problem());
        } catch (IOException ex) {
            return new DatabaseFile(e.name(), k, size, 0, null, null, "Can't open file: " + ex.getMessage());
        }
    }

    /**
     * cli_load in a directory: a file that cannot be opened because it is gone (ENOENT: a
     * dangling link, a file removed meanwhile) is passed over ("Detected race condition").
     */
    private static boolean vanished(Path p) {
        return p == null || !Files.exists(p);
    }

    private static final String VANISHED = "no such file (a dangling link?); ClamAV passes over it";

    private static String notRegular(Path p) {
        if (Files.isDirectory(p)) {
            return "Is a directory";
        }
        if (!Files.isRegularFile(p)) {
            return "not a regular file";
        }
        if (!Files.isReadable(p)) {
            return "Can't open file (permission denied)";
        }
        return null;
    }

    private static long size(Path p) {
        try {
            return p == null ? -1 : Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
