package dev.headroom.model.clamav.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes, mutated headers, truncations and half-valid lines: headroom reports problems,
 * never throws, and a few properties of ClamAV's parsing hold on every input.
 */
class SignatureDatabaseFuzzTest {

    private static final String REAL = "ClamAV-VDB:14 May 2010 09-57 -0400:19:3:51:f341ae79e2b6d1a1d5af5a63cf3da8e4"
            + ":u1zx79ANlYdsHg:nervous:1273845430";
    private static final String ALPHABET = "::::  \n\r\0-+0123456789abcXYZ\t";
    private static final String[] FRAGMENTS = {":", ";", "*", "#", "\n", "\r\n", "", "0", "1", "216", "999", "-",
            "44d88612fea8a8f36de82e1278abb02f", "Name", "Engine:51-255", "Target:0", "Target:1", ",", "CL_TYPE_ZIP",
            "4142434445", "H", "R", "X", "S", "W:", "=", " (Clam)", ".UNOFFICIAL", "rule", "{", "}", "\"", "/", "\0"};

    @TempDir
    Path tmp;

    @Test
    void mutatedAndTruncatedHeadersNeverThrow() {
        Random rnd = new Random(20261123L);
        int parsed = 0;
        for (int i = 0; i < 20000; i++) {
            byte[] b = pad(REAL).getBytes(StandardCharsets.ISO_8859_1);
            int edits = rnd.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(REAL.length() + 8);
                b[at] = rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256) : (byte) ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
            }
            int len = rnd.nextInt(3) == 0 ? rnd.nextInt(513) : 512;
            CvdHeader.Parse shown = CvdHeader.head(b, len);
            CvdHeader.Parse loaded = CvdHeader.asLoaded(b, len);
            assertThat(shown.ok()).isNotEqualTo(shown.problem() != null);
            assertThat(loaded.ok()).isNotEqualTo(loaded.problem() != null);
            if (len < 512) {
                assertThat(loaded.problem()).isEqualTo("Can't read CVD header");
            }
            if (shown.ok()) {
                parsed++;
                assertThat(shown.header().version()).isBetween(0L, 0xffffffffL);
                assertThat(shown.header().signatures()).isBetween(0L, 0xffffffffL);
            }
        }
        // A fuzzer that never produced a readable header would test only the error paths.
        assertThat(parsed).isGreaterThan(2000);
    }

    @Test
    void aRunOfColonsReadsLikeOneColon() {
        Random rnd = new Random(7L);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder("ClamAV-VDB:");
            int fields = rnd.nextInt(10);
            for (int f = 0; f < fields; f++) {
                sb.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)].replace("\n", "").replace("\r", "").replace("\0", ""))
                        .append(rnd.nextBoolean() ? ":" : "a:");
            }
            String one = sb.toString();
            String doubled = "ClamAV-VDB:" + one.substring(11).replace(":", "::");
            assertThat(CvdHeader.parse(doubled)).as(one).isEqualTo(CvdHeader.parse(one));
        }
    }

    @Test
    void randomFilesOfEveryKindGiveCountsOrProblems() throws IOException {
        Random rnd = new Random(424242L);
        int problems = 0;
        int loaded = 0;
        for (int round = 0; round < 40; round++) {
            Path d = Files.createDirectories(tmp.resolve("r" + round));
            for (DatabaseKind k : DatabaseKind.values()) {
                Files.write(d.resolve("f" + round + k.extension()), randomContent(rnd));
            }
            Files.write(d.resolve("daily.cld"), randomContent(rnd));
            Files.write(d.resolve("daily.cvd"), randomHeaderFile(rnd));
            Files.write(d.resolve("main.cvd"), randomHeaderFile(rnd));
            Files.write(d.resolve("main.cld"), randomHeaderFile(rnd));
            LoadOptions o = new LoadOptions(rnd.nextInt(300), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(),
                    rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextInt(4) == 0);
            SignatureDatabase[] db = new SignatureDatabase[1];
            assertThatCode(() -> db[0] = SignatureDatabase.read(d, o)).doesNotThrowAnyException();
            for (DatabaseFile f : db[0].files()) {
                assertThat(f.signatures()).isGreaterThanOrEqualTo(0);
                if (f.hasProblem()) {
                    problems++;
                    assertThat(f.signatures()).isZero();
                } else if (f.loads()) {
                    loaded++;
                }
            }
        }
        assertThat(problems).isGreaterThan(100);
        assertThat(loaded).isGreaterThan(100);
    }

    private static byte[] randomContent(Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0: {
                byte[] b = new byte[rnd.nextInt(2000)];
                rnd.nextBytes(b);
                return b;
            }
            case 1:
                return randomHeaderFile(rnd);
            default: {
                StringBuilder sb = new StringBuilder();
                int lines = rnd.nextInt(30);
                for (int i = 0; i < lines; i++) {
                    int parts = rnd.nextInt(12);
                    for (int p = 0; p < parts; p++) {
                        sb.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
                    }
                    if (rnd.nextInt(50) == 0) {
                        sb.append("x".repeat(rnd.nextInt(40000)));
                    }
                    sb.append('\n');
                }
                return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            }
        }
    }

    private static byte[] randomHeaderFile(Random rnd) {
        byte[] h = pad(REAL).getBytes(StandardCharsets.ISO_8859_1);
        for (int e = rnd.nextInt(4); e > 0; e--) {
            h[rnd.nextInt(h.length)] = (byte) ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
        }
        int len = rnd.nextInt(3) == 0 ? rnd.nextInt(600) : 512 + rnd.nextInt(2000);
        byte[] out = new byte[len];
        System.arraycopy(h, 0, out, 0, Math.min(len, h.length));
        return out;
    }

    private static String pad(String s) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < 512) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
