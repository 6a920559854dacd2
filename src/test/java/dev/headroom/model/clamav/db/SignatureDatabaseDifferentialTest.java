package dev.headroom.model.clamav.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * headroom against ClamAV 1.4's own tools ({@link ClamavOracle}), on generated databases:
 * <ul>
 * <li>container headers (hand-written variants over a real sigtool-built body, as .cvd, .cld
 * and .cud, some truncated): every field {@code sigtool --info} prints, and whether it can read
 * the header at all;</li>
 * <li>plain databases of every format ClamAV loads from a directory, with comments, CRLF, blank
 * lines, level ranges, ignore lists and the odd defect, plus sigtool-built .cud containers:
 * for each file and for each whole directory, whether {@code clamscan -d} loads it and the
 * "Known viruses" it reports.</li>
 * </ul>
 * Run: {@code mvn -o -q test -Dtest=SignatureDatabaseDifferentialTest}; the agreement figure is
 * printed at the end.
 */
class SignatureDatabaseDifferentialTest {

    private static final DatabaseKind[] PLAIN = {DatabaseKind.DB, DatabaseKind.HDB, DatabaseKind.HDU, DatabaseKind.FP,
            DatabaseKind.MDB, DatabaseKind.HSB, DatabaseKind.SFP, DatabaseKind.MSB, DatabaseKind.NDB, DatabaseKind.NDU,
            DatabaseKind.LDB, DatabaseKind.SDB, DatabaseKind.ZMD, DatabaseKind.RMD, DatabaseKind.PDB, DatabaseKind.GDB,
            DatabaseKind.WDB, DatabaseKind.CBC, DatabaseKind.FTM, DatabaseKind.CFG, DatabaseKind.CDB, DatabaseKind.CRB,
            DatabaseKind.IDB, DatabaseKind.YAR, DatabaseKind.YARA, DatabaseKind.PWDB, DatabaseKind.IMP};
    /** What sigtool --build puts into a container (NAME.ext), PUA formats left out: see the last test. */
    private static final DatabaseKind[] IN_CONTAINERS = {DatabaseKind.HDB, DatabaseKind.NDB, DatabaseKind.LDB,
            DatabaseKind.MDB, DatabaseKind.FP, DatabaseKind.CDB, DatabaseKind.DB, DatabaseKind.PDB};

    private static int compared;
    private static int agreed;
    private static int headerFields;
    private static int fileChecks;
    private static int directoryChecks;
    private static int refusedFiles;
    private static final List<String> DISAGREEMENTS = new ArrayList<>();

    @TempDir
    static Path tmp;

    private static Path empty;
    private static byte[] realBody;
    private static LoadOptions options;

    @BeforeAll
    static void tools() throws IOException, InterruptedException {
        ClamavOracle.require();
        // The level decides which lines load; take the installed engine's (216 for 1.4.6).
        options = LoadOptions.DEFAULTS.withFunctionalityLevel(ClamavOracle.functionalityLevel());
        empty = Files.createFile(tmp.resolve("empty.txt"));
        Path build = Files.createDirectories(tmp.resolve("body"));
        Files.writeString(build.resolve("body.hdb"), "44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test\n");
        byte[] cud = Files.readAllBytes(ClamavOracle.buildUnsigned(build, "body", 3));
        realBody = Arrays.copyOfRange(cud, 512, cud.length);
    }

    @AfterAll
    static void report() {
        System.out.printf("ClamAV differential (level %s): %d of %d comparisons agree (%d header fields vs sigtool --info, "
                + "%d file and %d directory loads vs clamscan -d; %d files both refuse)%n",
                options == null ? "?" : options.functionalityLevel(), agreed, compared,
                headerFields, fileChecks, directoryChecks, refusedFiles);
        DISAGREEMENTS.forEach(System.out::println);
    }

    @Test
    void headersReadAsSigtoolInfoReadsThem() throws Exception {
        int before = DISAGREEMENTS.size();
        Random rnd = new Random(20261123L);
        int parsedBoth = 0;
        for (int i = 0; i < 150; i++) {
            String ext = new String[] {".cvd", ".cld", ".cud"}[i % 3];
            Path f = tmp.resolve("headers/h" + i + ext);
            Files.createDirectories(f.getParent());
            byte[] header = pad(randomHeader(rnd), rnd);
            int len = rnd.nextInt(6) == 0 ? rnd.nextInt(513) : header.length;
            byte[] all = new byte[len == header.length ? header.length + realBody.length : len];
            System.arraycopy(header, 0, all, 0, Math.min(len, header.length));
            if (len == header.length) {
                System.arraycopy(realBody, 0, all, header.length, realBody.length);
            }
            Files.write(f, all);

            ClamavOracle.Info theirs = ClamavOracle.info(f);
            CvdHeader.Parse ours = CvdHeader.read(f);
            String what = f.getFileName() + " [" + new String(header, 0, Math.min(len, 120), StandardCharsets.ISO_8859_1)
                    .replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0").trim() + "]\n" + theirs.output();
            headerFields += check(what + " readable", ours.ok(), theirs.parsed());
            if (!ours.ok() || !theirs.parsed()) {
                continue;
            }
            parsedBoth++;
            CvdHeader h = ours.header();
            headerFields += check(what + " build time", h.displayTime().orElse(null), theirs.buildTime());
            if (theirs.buildTime() == null) {
                continue; // sigtool stops when the time has no '-'
            }
            headerFields += check(what + " version", h.version(), theirs.version());
            headerFields += check(what + " signatures", h.signatures(), theirs.signatures());
            headerFields += check(what + " level", h.functionalityLevel(), theirs.level());
            headerFields += check(what + " builder", h.builder(), theirs.builder());
            if (ext.equals(".cvd")) {
                headerFields += check(what + " md5", h.md5(), theirs.md5());
                headerFields += check(what + " dsig", h.digitalSignature(), theirs.digitalSignature());
            }
        }
        assertThat(DISAGREEMENTS.subList(before, DISAGREEMENTS.size())).isEmpty();
        assertThat(parsedBoth).as("headers both could read").isGreaterThan(60);
        assertThat(headerFields).isGreaterThan(400);
    }

    @Test
    void loadsCountWhatClamscanCounts() throws Exception {
        int before = DISAGREEMENTS.size();
        Random rnd = new Random(424242L);
        long total = 0;
        int loadedDirs = 0;
        for (int d = 0; d < 80; d++) {
            Path dir = Files.createDirectories(tmp.resolve("load/d" + d));
            DatabaseGenerator gen = new DatabaseGenerator(rnd);
            int files = 2 + rnd.nextInt(6);
            for (int i = 0; i < files; i++) {
                DatabaseKind k = PLAIN[rnd.nextInt(PLAIN.length)];
                int lines = rnd.nextInt(8) == 0 ? 2000 + rnd.nextInt(3000) : rnd.nextInt(25);
                boolean broken = rnd.nextInt(14) == 0;
                write(dir.resolve("g" + i + k.extension()), gen.file(k, lines, broken));
            }
            if (rnd.nextInt(3) == 0) {
                Files.copy(container(gen, rnd, d), dir.resolve("c" + d + ".cud"));
            }
            if (rnd.nextInt(6) == 0) {
                Files.createSymbolicLink(dir.resolve("gone" + PLAIN[rnd.nextInt(PLAIN.length)].extension()),
                        tmp.resolve("nowhere/x"));
            }
            if (rnd.nextInt(2) == 0) {
                write(dir.resolve("x.ign2"), gen.ignoreFile(1 + rnd.nextInt(12), rnd.nextInt(20) == 0, 0));
            }
            if (rnd.nextInt(4) == 0) {
                write(dir.resolve("y.ign"), gen.ignoreFile(1 + rnd.nextInt(5), false, 1));
            }

            SignatureDatabase ours = SignatureDatabase.read(dir, options);
            List<Path> ignores = new ArrayList<>();
            boolean ignoresLoad = true;
            for (DatabaseFile f : ours.files()) {
                if (f.kind() == DatabaseKind.IGN || f.kind() == DatabaseKind.IGN2) {
                    ignores.add(dir.resolve(f.name()));
                    ignoresLoad &= f.loads();
                }
            }
            for (DatabaseFile f : ours.files()) {
                if (f.kind() == DatabaseKind.IGN || f.kind() == DatabaseKind.IGN2 || !Files.exists(dir.resolve(f.name()))) {
                    continue; // a dangling link is passed over in a directory, an error named alone
                }
                List<Path> dbs = new ArrayList<>(ignores);
                dbs.add(dir.resolve(f.name()));
                ClamavOracle.Load theirs = ClamavOracle.clamscan(dbs, empty);
                String what = dir.getFileName() + "/" + f.name() + " " + f + "\n" + theirs.output();
                boolean ourLoad = ignoresLoad && !f.hasProblem();
                fileChecks += check(what + " loads", ourLoad, theirs.loaded());
                refusedFiles += !ourLoad && !theirs.loaded() ? 1 : 0;
                if (ourLoad && theirs.loaded()) {
                    fileChecks += check(what + " count", f.signatures(), theirs.knownViruses());
                }
            }
            ClamavOracle.Load theirs = ClamavOracle.clamscan(List.of(dir), empty);
            String what = dir.getFileName() + " " + ours.files() + "\n" + theirs.output();
            directoryChecks += check(what + " loads", ours.loads(), theirs.loaded());
            if (ours.loads() && theirs.loaded()) {
                loadedDirs++;
                total += ours.signatures();
                directoryChecks += check(what + " count", ours.signatures(), theirs.knownViruses());
            }
        }
        assertThat(DISAGREEMENTS.subList(before, DISAGREEMENTS.size())).isEmpty();
        assertThat(loadedDirs).as("directories that load").isGreaterThan(30);
        assertThat(total).as("signatures in them").isGreaterThan(10000);
        assertThat(refusedFiles).as("files both refuse").isGreaterThan(10);
        assertThat(fileChecks + directoryChecks).isGreaterThan(500);
    }

    /**
     * A container's header counts what sigtool loaded with DetectPUA on; clamd without it skips
     * the PUA files inside. headroom reports the header's count, as cl_countsigs and the load
     * progress do: the difference is exactly the PUA signatures.
     */
    @Test
    void aContainersHeaderCountsItsPuaSignaturesWhichADefaultLoadSkips() throws Exception {
        Path build = Files.createDirectories(tmp.resolve("pua-build"));
        DatabaseGenerator gen = new DatabaseGenerator(new Random(5));
        write(build.resolve("pua.hdb"), "44d88612fea8a8f36de82e1278abb02f:68:Plain.One\n");
        write(build.resolve("pua.hdu"), "44d88612fea8a8f36de82e1278abb02f:68:PUA.Win.Tool.One\n"
                + gen.hex(16) + ":70:PUA.Win.Tool.Two\n");
        Path dir = Files.createDirectories(tmp.resolve("pua"));
        Files.copy(ClamavOracle.buildUnsigned(build, "pua", 1), dir.resolve("pua.cud"));
        SignatureDatabase ours = SignatureDatabase.read(dir, options);
        ClamavOracle.Load plain = ClamavOracle.clamscan(List.of(dir), empty);
        assertThat(ours.signatures()).isEqualTo(3);
        assertThat(plain.knownViruses()).isEqualTo(1);
    }

    /** An unsigned container made by sigtool from a few generated files. */
    private static Path container(DatabaseGenerator gen, Random rnd, int n) throws IOException, InterruptedException {
        Path build = Files.createDirectories(tmp.resolve("build/b" + n));
        String name = "c" + n;
        int kinds = 1 + rnd.nextInt(3);
        for (int i = 0; i < kinds; i++) {
            DatabaseKind k = IN_CONTAINERS[rnd.nextInt(IN_CONTAINERS.length)];
            write(build.resolve(name + k.extension()), new DatabaseGenerator(rnd, "Cud" + n).file(k, 1 + rnd.nextInt(40), false));
        }
        return ClamavOracle.buildUnsigned(build, name, 1 + rnd.nextInt(1000));
    }

    private static int check(String what, Object ours, Object theirs) {
        compared++;
        if (java.util.Objects.equals(ours, theirs)) {
            agreed++;
        } else {
            // The first line says what; of ClamAV's output only its errors and warnings.
            StringBuilder sb = new StringBuilder("DISAGREE ");
            String[] lines = what.split("\n");
            sb.append(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].contains("Error") || lines[i].contains("ERROR") || lines[i].contains("Warning")
                        || i == lines.length - 1) {
                    sb.append("\n    ").append(lines[i]);
                }
            }
            DISAGREEMENTS.add(sb.append("\n    headroom ").append(ours).append(", ClamAV ").append(theirs).toString());
        }
        return 1;
    }

    private static final String[] TIMES = {"23 Nov 2026 13-31 +0000", "14 May 2010 09-57 -0400", "no dash here", " ",
            "01 Jan 1970 00-00 +0000", "x-y-z"};
    private static final String[] NUMBERS = {"7", "0", "216", "-1", "99999999999999999999", "4294967296", "4294967297",
            "12abc", " 42", "+5", "x", "2147483648", "-2147483649", "  -0"};
    private static final String[] MD5S = {"f341ae79e2b6d1a1d5af5a63cf3da8e4", "X", "md5"};
    private static final String[] DSIGS = {"X", "u1zx79ANlYdsHg", "a b c"};
    private static final String[] BUILDERS = {"headroom", "nervous", "sigmgr", "a b", " spaced "};
    private static final String[] STIMES = {"1273845430", "abc", "4294967297", "0", "1795440694   "};

    /** Nine fields from the lists above, some empty or missing, the magic sometimes wrong. */
    private static String randomHeader(Random rnd) {
        String[] f = {pick(rnd, TIMES), pick(rnd, NUMBERS), pick(rnd, NUMBERS), pick(rnd, NUMBERS), pick(rnd, MD5S),
                pick(rnd, DSIGS), pick(rnd, BUILDERS), pick(rnd, STIMES)};
        StringBuilder sb = new StringBuilder(rnd.nextInt(15) == 0 ? pick(rnd, new String[] {"clamav-vdb:", "ClamAV-VDB",
                "ClamAV-VDB ", "XClamAV-VDB:"}) : "ClamAV-VDB:");
        int fields = rnd.nextInt(5) == 0 ? rnd.nextInt(9) : 8;
        for (int i = 0; i < fields; i++) {
            if (rnd.nextInt(12) == 0) {
                sb.append(':'); // an empty field: the rest shift left
            }
            if (rnd.nextInt(25) != 0) {
                sb.append(f[i]);
            }
            if (i < fields - 1) {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    /** To 512 bytes: spaces mostly, sometimes after a LF, a CR, a NUL, or NULs throughout. */
    private static byte[] pad(String header, Random rnd) {
        String tail = pick(rnd, new String[] {"", "", "", "\n", "\r\n", "\r", "\0", "\njunk:1:2"});
        char fill = rnd.nextInt(8) == 0 ? '\0' : ' ';
        StringBuilder sb = new StringBuilder(header).append(tail);
        while (sb.length() < 512) {
            sb.append(fill);
        }
        return sb.substring(0, 512).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String pick(Random rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private static void write(Path p, String text) throws IOException {
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
