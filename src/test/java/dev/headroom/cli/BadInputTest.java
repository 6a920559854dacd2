package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.testing.CliRun;

/**
 * Bad input never crashes: findings or an error with file:line:col and the documented exit
 * code, never a stack trace, never a hang.
 */
@Timeout(60)
class BadInputTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static final String EVENT = "LoadModule mpm_event_module m.so\n";

    private static void noStackTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void binaryGarbageAsTheMainFileIsAnInputError() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[100] = 0;
        Path f = write("junk.conf", junk);
        CliRun r = CliRun.of("lint", f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("junk.conf").contains("[GE003]");
        // Nothing was read, so nothing else is said about it.
        assertThat(r.out()).doesNotContain("HT320").contains("1 finding:");
        noStackTrace(r);
    }

    @Test
    void binaryGarbageWithoutNulBytesIsLintedLikeAnyText() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(11).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == 0) {
                junk[i] = '<';
            }
        }
        Path f = write("noise.conf", junk);
        CliRun r = CliRun.of("lint", "-f", "json", f.toString());
        assertThat(r.exit()).isIn(0, 1);
        noStackTrace(r);
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithAClearError() throws IOException {
        Path f = dir.resolve("huge.conf");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        CliRun r = CliRun.of("lint", f.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("huge.conf").contains("limit");
        noStackTrace(r);
    }

    @Test
    void aStrayNulByteLosesTheRestOfItsLineAsInHttpd() throws IOException {
        // httpd reads lines as C strings: "MaxRequestWorkers 30\0 junk" is MaxRequestWorkers 30.
        Path f = write("nul.conf", EVENT + "MaxRequestWorkers 30\u0000 junk\n");
        CliRun r = CliRun.of("lint", "--select", "GE,HT3", f.toString());
        assertThat(r.out()).doesNotContain("GE003").contains("nul.conf:2:1: warning: MaxRequestWorkers of 30");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void utf8InAConfigIsShownAsUtf8() throws IOException {
        Path f = write("utf8.conf", (EVENT + "Include caf\u00e9/*.conf\nInclude na\u00efve/*.conf\n")
                .getBytes(StandardCharsets.UTF_8));
        write("na\u00efve/mpm.conf", "MaxRequestWorkers 30\n");
        CliRun r = CliRun.of("lint", f.toString());
        assertThat(r.out()).contains("Could not open directory " + dir.resolve("caf\u00e9") + ":")
                .contains("na\u00efve/mpm.conf:1:1: warning: MaxRequestWorkers of 30");
    }

    @Test
    void anIncludedBinaryFileIsAFinding() throws IOException {
        write("bin.dat", new byte[] {1, 2, 0, 3});
        Path f = write("main.conf", EVENT + "Include bin.dat\n");
        CliRun r = CliRun.of("lint", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("bin.dat: error:").contains("[GE003]");
    }

    @Test
    void circularIncludesAreReportedNotFollowed() throws IOException {
        write("a.conf", EVENT + "Include b.conf\n");
        write("b.conf", "Include c.conf\n");
        write("c.conf", "Include a.conf\n");
        CliRun r = CliRun.of("lint", dir.resolve("a.conf").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("c.conf:1:1: error:").contains("[HT009]");
    }

    @Test
    void anIncludeGlobMatchingThousandsOfFiles() throws IOException {
        for (int i = 0; i < 3000; i++) {
            write("many/f" + i + ".conf", "ServerAdmin x" + i + "@example.org\n");
        }
        Path f = write("main.conf", EVENT + "Include many/*.conf\nMaxRequestWorkers 30\n");
        CliRun r = CliRun.of("lint", "--select", "HT301", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("main.conf:3:1: warning:").contains("HT301 AH00513");
    }

    @Test
    void aDirectoryOfSymlinksToItselfEndsAtOnce() throws IOException {
        Path d = dir.resolve("d");
        Files.createDirectories(d);
        Files.createSymbolicLink(d.resolve("a"), Path.of("."));
        Files.createSymbolicLink(d.resolve("b"), Path.of("."));
        write("d/x.conf", "ServerAdmin x@example.org\n");
        Path f = write("main.conf", EVENT + "Include d\n");
        CliRun r = CliRun.of("lint", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Too many levels of symbolic links").contains("[HT008]");
    }

    @Test
    void unclosedSectionsGiveFindingsWithPositions() throws IOException {
        Path f = write("open.conf", EVENT + "<VirtualHost *:80>\n<Directory /x>\n");
        CliRun r = CliRun.of("lint", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("open.conf:2:1: error:").contains("open.conf:3:1: error:").contains("[HT001]");
    }

    @Test
    void crlfAndLatin1AreReadAsHttpdReadsThem() throws IOException {
        Path f = write("crlf.conf", ("# caf\u00e9 \u00ff\r\n" + EVENT.replace("\n", "\r\n")
                + "<IfModule mpm_event_module>\r\n    MaxRequestWorkers 30\r\n</IfModule>\r\n"));
        CliRun r = CliRun.of("lint", "--select", "HT3", f.toString());
        assertThat(r.out()).contains("crlf.conf:4:5: warning: MaxRequestWorkers of 30 is not an integer multiple");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aMissingFileIsAnInputError() {
        CliRun r = CliRun.of("lint", dir.resolve("nope.conf").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("nope.conf: error: no such file");
    }

    @Test
    void aFifoIsNotReadForever() throws Exception {
        Path fifo = dir.resolve("fifo.conf");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor() != 0) {
            return;
        }
        Path f = write("main.conf", EVENT + "Include fifo.conf\n");
        CliRun r = CliRun.of("lint", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("not a regular file");
    }

    @Test
    void aVeryLongLogicalLine() throws IOException {
        StringBuilder sb = new StringBuilder(EVENT + "ServerAdmin ");
        for (int i = 0; i < 200_000; i++) {
            sb.append("a\\\n");
        }
        sb.append("b\n");
        CliRun r = CliRun.of("lint", write("long.conf", sb.toString()).toString());
        assertThat(r.exit()).isIn(0, 1);
        noStackTrace(r);
    }
}
