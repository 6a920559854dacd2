package dev.headroom.model.clamav.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.source.RootedFs;

/**
 * A database directory read as clamd would load it. The counts in the first test are what
 * clamscan 1.4.6 reported for the same files ({@code clamscan -d FILE}, "Known viruses").
 */
class SignatureDatabaseTest {

    private static final String MD5 = "44d88612fea8a8f36de82e1278abb02f";

    @TempDir
    Path tmp;

    @Test
    void eachFormatCountsWhatItsLoaderCounts() throws IOException {
        Path d = dir("formats");
        write(d, "a.ldb", "Test.Ldb.1;Engine:51-255,Target:0;0;41424344454647\n"
                + "Test.Ldb.2;Engine:51-255,Target:1;0&1;41424344454647;4849505152\n"
                + "Test.Ldb.3;Target:0;0;41424344454647\n"
                + "Test.Ldb.4;Engine:250-255,Target:0;0;41424344\n" // above this engine's level
                + "Test.Ldb.5;Engine:51-255,Target:20;0;41424344\n" // no such target
                + "Test.Ldb.6;Engine:51-255,Target:0,Foo:1;0;41424344\n"); // unknown attribute
        write(d, "b.cdb", "Test.Cdb.1:CL_TYPE_ZIP:*:abc.*:*:*:*:*:*:*\nTest.Cdb.2:*:*:*:*:*:0:*:*:*:51:255\n"
                + "Test.Cdb.3:*:10-20:*:*:*:1:*:*:*:300\n");
        write(d, "c.zmd", "Test.Zmd.1:*:abc:*:*:*:*:*:*\nTest.Zmd.2:1:*:100:50:*:8:1:*\n");
        write(d, "d.pdb", "H:example.com\n\n# c\nR:.+\\.example\\.net([/?].*)?\nH:paypal.com:17-\nH:later.com:300-\n");
        write(d, "e.wdb", "X:.+\\.example\\.com([/?].*)?:.+\\.example\\.net([/?].*)?:17-\nM:www.example.com:example.com\n");
        write(d, "f.ftm", "0:0:4d5a:DOS/EXE:CL_TYPE_ANY:CL_TYPE_MSEXE\n1:*:504b0304:ZIP:CL_TYPE_ANY:CL_TYPE_ZIP:51:255\n");
        write(d, "h.pwdb", "Pw.One;Engine:81-255;0;secret\nPw.Two;Engine:81-255,Container:CL_TYPE_ZIP;1;736563726574\n");
        write(d, "i.db", "Test.Db.1=41424344454647\nTest.Db.2==\n");
        write(d, "j.hdb", "# comment\n" + MD5 + ":68:Eicar-Test\n" + MD5 + ":68:Later:999\n" + MD5 + ":*:Any:73\n");
        write(d, "k.fp", MD5 + ":68:Eicar-Test\n");
        write(d, "README", "not a database\n");
        SignatureDatabase db = SignatureDatabase.read(d);

        assertThat(db.loads()).as("%s", db.files()).isTrue();
        assertThat(db.file("a.ldb").signatures()).isEqualTo(3);
        assertThat(db.file("b.cdb").signatures()).isEqualTo(2);
        assertThat(db.file("c.zmd").signatures()).isEqualTo(2);
        assertThat(db.file("d.pdb").signatures()).isEqualTo(3);
        assertThat(db.file("e.wdb").signatures()).isZero();
        assertThat(db.file("f.ftm").signatures()).isZero();
        assertThat(db.file("h.pwdb").signatures()).isZero();
        assertThat(db.file("i.db").signatures()).isEqualTo(1);
        assertThat(db.file("j.hdb").signatures()).isEqualTo(2);
        // A false-positive list adds to the count when loaded (cl_countsigs leaves it out).
        assertThat(db.file("k.fp").signatures()).isEqualTo(1);
        assertThat(db.file("README")).isNull();
        assertThat(db.signatures()).isEqualTo(3 + 2 + 2 + 3 + 1 + 2 + 1);
    }

    @Test
    void theEngineLevelDecidesWhichLinesLoad() throws IOException {
        Path d = dir("levels");
        write(d, "a.hdb", MD5 + ":68:Now\n" + MD5 + ":68:Next:217\n" + MD5 + ":68:Old:1:215\n");
        // At 216 "Next" needs a newer engine and "Old" an older one.
        assertThat(SignatureDatabase.read(d).signatures()).isEqualTo(1);
        assertThat(SignatureDatabase.read(d, LoadOptions.DEFAULTS.withFunctionalityLevel(217)).signatures()).isEqualTo(2);
        assertThat(SignatureDatabase.read(d, LoadOptions.DEFAULTS.withFunctionalityLevel(215)).signatures()).isEqualTo(2);
        assertThat(SignatureDatabase.read(d, LoadOptions.DEFAULTS.withFunctionalityLevel(100)).signatures()).isEqualTo(2);
        assertThat(SignatureDatabase.read(d, LoadOptions.DEFAULTS.withFunctionalityLevel(0)).signatures()).isEqualTo(1);
    }

    @Test
    void aBlankLineFailsTheLoadExceptInTheFormatsThatSkipIt() throws IOException {
        Path d = dir("blank");
        write(d, "a.hdb", MD5 + ":68:One\n\n" + MD5 + ":68:Two\n");
        SignatureDatabase db = SignatureDatabase.read(d);
        assertThat(db.loads()).isFalse();
        assertThat(db.file("a.hdb").problem()).startsWith("Problem parsing database at line 2");

        Path ok = dir("blank-ok");
        write(ok, "a.pdb", "H:example.com\n\n\r\nH:example.net\n");
        write(ok, "b.crb", "\n# nothing\n");
        assertThat(SignatureDatabase.read(ok).loads()).isTrue();
        assertThat(SignatureDatabase.read(ok).signatures()).isEqualTo(2);
    }

    @Test
    void anEmptyFileFailsButAFileOfCommentsLoadsEmpty() throws IOException {
        Path d = dir("empty");
        write(d, "a.ndb", "");
        assertThat(SignatureDatabase.read(d).file("a.ndb").problem()).isEqualTo("Empty database file");
        write(d, "a.ndb", "# nothing yet\n");
        DatabaseFile f = SignatureDatabase.read(d).file("a.ndb");
        assertThat(f.loads()).isTrue();
        assertThat(f.signatures()).isZero();
        write(d, "b.ftm", "# nothing\n");
        assertThat(SignatureDatabase.read(d).file("b.ftm").problem()).isEqualTo("Empty external filetype database");
    }

    @Test
    void ignoreListsSwitchOffWholeNamesOnlyAndOptionallyOneLine() throws IOException {
        Path d = dir("ign");
        String one = MD5 + ":68:Foo";
        String two = MD5 + ":70:Foo";
        write(d, "a.hdb", one + "\n" + two + "\n" + MD5 + ":68:XFoo\n" + MD5 + ":68:Bar\n");
        write(d, "b.ign2", "Bar\n");
        write(d, "c.ign2", "Foo:" + md5(one) + "\n");
        SignatureDatabase db = SignatureDatabase.read(d);
        assertThat(db.files()).extracting(DatabaseFile::name).containsExactly("b.ign2", "c.ign2", "a.hdb");
        assertThat(db.file("a.hdb").signatures()).isEqualTo(2); // the 70-byte Foo and XFoo
        assertThat(db.file("b.ign2").signatures()).isZero();
    }

    @Test
    void aLineAfterANameWithMd5FailsTheIgnoreFile() throws IOException {
        // cli_loadign keeps the hash pointer of the last Name:md5 line and reads it back from the
        // next line's buffer; clamscan 1.4.6: "cli_loadign: Malformed MD5 string at line 2".
        Path d = dir("ign-stale");
        write(d, "a.hdb", MD5 + ":68:Eicar-Test\n");
        write(d, "b.ign2", "Foo:0b7948c746c03aeb2ec5ef2f6474040f\nBar\n");
        assertThat(SignatureDatabase.read(d).file("b.ign2").problem())
                .isEqualTo("Problem parsing database at line 2: Malformed MD5 string");
        write(d, "b.ign2", "Bar\nFoo:0b7948c746c03aeb2ec5ef2f6474040f\n");
        assertThat(SignatureDatabase.read(d).loads()).isTrue();
    }

    @Test
    void whenANameIsListedTwiceTheMatcherLayoutDecidesWhichEntryCounts() throws IOException {
        // clamscan 1.4.6 with this .ign2: Foobar loads (the later entry, with a wrong MD5, decides),
        // Foo does not (the earlier entry, without MD5, decides).
        Path d = dir("ign-twice");
        String other = "ffffffffffffffffffffffffffffffff";
        write(d, "b.ign2", "Foobar\nFoo\nFoobar:" + other + "\nFoo:" + other + "\n");
        write(d, "a.hdb", MD5 + ":68:Foobar\n");
        assertThat(SignatureDatabase.read(d).signatures()).isEqualTo(1);
        write(d, "a.hdb", MD5 + ":68:Foo\n");
        assertThat(SignatureDatabase.read(d).signatures()).isZero();
    }

    @Test
    void puaBytecodeAndPhishingFilesLoadOnlyWhenSwitchedOn() throws IOException {
        Path d = dir("switches");
        write(d, "a.hdu", MD5 + ":68:PUA.Win.Tool.X\n");
        write(d, "b.cbc", "not really bytecode\n");
        write(d, "c.hdb", MD5 + ":68:One\n");
        SignatureDatabase db = SignatureDatabase.read(d);
        assertThat(db.file("a.hdu").skipped()).contains("DetectPUA");
        assertThat(db.file("b.cbc").skipped()).contains("BytecodeUnsigned");
        assertThat(db.signatures()).isEqualTo(1);
        assertThat(SignatureDatabase.read(d, LoadOptions.DEFAULTS.withDetectPua(true)).signatures()).isEqualTo(2);
        SignatureDatabase official = SignatureDatabase.read(d, LoadOptions.DEFAULTS.withOfficialDatabaseOnly(true));
        assertThat(official.files()).allMatch(f -> f.skipped() != null);
        assertThat(official.signatures()).isZero();
    }

    @Test
    void theNewerOfACvdAndItsCldLoadsAndTheCldWhenEqual() throws IOException {
        Path d = dir("twins");
        container(d, "main.cvd", "ClamAV-VDB:t-1:62:100:90:m:d:b:1");
        container(d, "main.cld", "ClamAV-VDB:t-1:62:105:90:m:d:b:1");
        container(d, "bytecode.cvd", "ClamAV-VDB:t-1:335:90:90:m:d:b:1");
        container(d, "bytecode.cld", "ClamAV-VDB:t-1:334:80:90:m:d:b:1");
        container(d, "daily.cld", "ClamAV-VDB:t-1:27000:2000:90:m:d:b:1");
        container(d, "daily.cvd", "ClamAV-VDB:t-1:27001:2100:90:m:d:b:1");
        SignatureDatabase db = SignatureDatabase.read(d);
        assertThat(db.files()).extracting(DatabaseFile::name).startsWith("daily.cld", "daily.cvd");
        assertThat(db.file("main.cvd").skipped()).contains("same version as main.cld");
        assertThat(db.file("main.cld").loads()).isTrue();
        assertThat(db.file("bytecode.cld").skipped()).contains("older than bytecode.cvd");
        assertThat(db.file("daily.cld").skipped()).contains("daily.cvd is newer");
        assertThat(db.signatures()).isEqualTo(105 + 90 + 2100);
        assertThat(db.file("daily.cvd").header().version()).isEqualTo(27001);
    }

    @Test
    void brokenContainersAreProblemsNotExceptions() throws IOException {
        Path d = dir("broken");
        Files.write(d.resolve("short.cvd"), "ClamAV-VDB:t-1:1:2:3:m:d:b:4".getBytes(StandardCharsets.ISO_8859_1));
        container(d, "nomagic.cud", "ClamAV:t-1:1:2:3:m:d:b:4");
        Files.write(d.resolve("nobody.cud"), padded("ClamAV-VDB:t-1:1:2:3:m:d:b:4"));
        Files.write(d.resolve("empty.cld"), new byte[0]);
        SignatureDatabase db = SignatureDatabase.read(d);
        assertThat(db.file("short.cvd").problem()).isEqualTo("Can't read CVD header");
        assertThat(db.file("short.cvd").header().signatures()).isEqualTo(2);
        assertThat(db.file("nomagic.cud").problem()).isEqualTo("Not a CVD file");
        assertThat(db.file("nobody.cud").problem()).startsWith("truncated");
        assertThat(db.file("empty.cld").problem()).isEqualTo("Can't read CVD header");
        assertThat(db.loads()).isFalse();

        Path daily = dir("daily-broken");
        container(daily, "daily.cvd", "ClamAV-VDB:t-1:1");
        write(daily, "a.hdb", MD5 + ":68:One\n");
        assertThat(SignatureDatabase.read(daily).file("daily.cvd").problem())
                .isEqualTo("error parsing header: Can't parse the number of signatures");
    }

    @Test
    void directoriesLongLinesAndBinaryAreProblemsDanglingLinksAreNot() throws IOException {
        Path d = dir("odd");
        Files.createDirectory(d.resolve("sub.hdb"));
        write(d, "long.hdb", MD5 + ":68:" + "N".repeat(9000) + "\n");
        Files.write(d.resolve("bin.ndb"), new byte[] {'A', ':', '0', ':', '*', ':', 0, '4', '1', '\n'});
        Files.createSymbolicLink(d.resolve("gone.hdb"), d.resolve("nowhere"));
        SignatureDatabase db = SignatureDatabase.read(d);
        // clamscan 1.4.6 loads a directory with a dangling link in it ("Detected race condition").
        assertThat(db.file("gone.hdb").skipped()).startsWith("no such file");
        assertThat(db.file("sub.hdb").problem()).isEqualTo("Is a directory");
        assertThat(db.file("long.hdb").problem()).contains("8191 bytes");
        assertThat(db.file("bin.ndb").problem()).contains("NUL");
    }

    @Test
    void anEmptyOrMissingDirectoryCannotLoad() {
        assertThat(SignatureDatabase.read(dir("none")).problem()).startsWith("No supported database files found");
        assertThat(SignatureDatabase.read(tmp.resolve("absent")).problem()).startsWith("Can't open directory");
    }

    @Test
    void aServerDirectoryIsReadInsideItsRoot() throws IOException {
        Path root = dir("root");
        Path db = Files.createDirectories(root.resolve("var/lib/clamav"));
        Path srv = Files.createDirectories(root.resolve("srv/sigs"));
        write(srv, "local.hdb", MD5 + ":68:One\n" + MD5 + ":68:Two\n");
        Files.createSymbolicLink(db.resolve("local.hdb"), Path.of("/srv/sigs/local.hdb"));
        SignatureDatabase sd = SignatureDatabase.read(new RootedFs(root), "/var/lib/clamav", LoadOptions.DEFAULTS);
        assertThat(sd.signatures()).isEqualTo(2);
        assertThat(sd.bytes()).isEqualTo(Files.size(srv.resolve("local.hdb")));
    }

    private Path dir(String name) {
        try {
            return Files.createDirectories(tmp.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path d, String name, String text) throws IOException {
        Files.write(d.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void container(Path d, String name, String header) throws IOException {
        byte[] h = padded(header);
        byte[] all = new byte[h.length + 1024];
        System.arraycopy(h, 0, all, 0, h.length);
        all[512] = 0x1f;
        all[513] = (byte) 0x8b;
        Files.write(d.resolve(name), all);
    }

    private static byte[] padded(String header) {
        StringBuilder sb = new StringBuilder(header);
        while (sb.length() < 512) {
            sb.append(' ');
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String md5(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
