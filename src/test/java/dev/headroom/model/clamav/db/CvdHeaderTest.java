package dev.headroom.model.clamav.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header as {@code cl_cvdhead}/{@code cl_cvdparse} read it, edge by edge. */
class CvdHeaderTest {

    private static final String REAL = "ClamAV-VDB:14 May 2010 09-57 -0400:19:3:51:f341ae79e2b6d1a1d5af5a63cf3da8e4"
            + ":u1zx79ANlYdsHg:nervous:1273845430";

    @TempDir
    Path tmp;

    @Test
    void aRealHeaderPaddedWithSpaces() {
        CvdHeader h = head(pad(REAL, ' ')).header();
        assertThat(h).isEqualTo(new CvdHeader("14 May 2010 09-57 -0400", 19, 3, 51,
                "f341ae79e2b6d1a1d5af5a63cf3da8e4", "u1zx79ANlYdsHg", "nervous", 1273845430));
        assertThat(h.displayTime()).contains("14 May 2010 09:57 -0400");
        assertThat(h.builtAt()).contains(Instant.ofEpochSecond(1273845430));
        assertThat(CvdHeader.asLoaded(bytes(pad(REAL, ' ')), 512).header()).isEqualTo(h);
    }

    @Test
    void anEmptyFieldDoesNotExistSoTheLaterFieldsShiftLeft() {
        // "7::3": version 7, 3 signatures; the empty field between them does not exist.
        CvdHeader h = CvdHeader.parse("ClamAV-VDB:t-1:7::3:216:md5:dsig:me:99").header();
        assertThat(h.version()).isEqualTo(7);
        assertThat(h.signatures()).isEqualTo(3);
        assertThat(h.functionalityLevel()).isEqualTo(216);
        assertThat(h.md5()).isEqualTo("md5");
        assertThat(h.builder()).isEqualTo("me");
        assertThat(h.buildTime()).isEqualTo(99);
        // Leading runs too: the time is the first non-empty field after the magic.
        assertThat(CvdHeader.parse("ClamAV-VDB:::t:1:2:3:m:d:b").header().time()).isEqualTo("t");
    }

    @Test
    void eachMissingFieldHasClamAvsOwnMessage() {
        assertThat(CvdHeader.parse("ClamAV-VDB:").problem()).isEqualTo("Can't parse the creation time");
        assertThat(CvdHeader.parse("ClamAV-VDB:t").problem()).isEqualTo("Can't parse the version number");
        assertThat(CvdHeader.parse("ClamAV-VDB:t:1:").problem()).isEqualTo("Can't parse the number of signatures");
        assertThat(CvdHeader.parse("ClamAV-VDB:t:1:2").problem()).isEqualTo("Can't parse the functionality level");
        assertThat(CvdHeader.parse("ClamAV-VDB:t:1:2:3").problem()).isEqualTo("Can't parse the MD5 checksum");
        assertThat(CvdHeader.parse("ClamAV-VDB:t:1:2:3:m::").problem()).isEqualTo("Can't parse the digital signature");
        assertThat(CvdHeader.parse("ClamAV-VDB:t:1:2:3:m:d").problem()).isEqualTo("Can't parse the builder name");
        CvdHeader old = CvdHeader.parse("ClamAV-VDB:t:1:2:3:m:d:b").header();
        assertThat(old.buildTime()).isZero();
        assertThat(old.builtAt()).isEmpty();
    }

    @Test
    void theMagicIsCaseSensitiveAndNeedsItsColon() {
        assertThat(CvdHeader.parse("clamav-vdb:t:1:2:3:m:d:b").problem()).isEqualTo("Not a CVD file");
        assertThat(CvdHeader.parse("ClamAV-VDB").problem()).isEqualTo("Not a CVD file");
        assertThat(CvdHeader.parse(" ClamAV-VDB:t:1:2:3:m:d:b").problem()).isEqualTo("Not a CVD file");
        assertThat(head("\u001f\u008b\b\0\0\0\0\0").problem()).isEqualTo("Not a CVD file");
    }

    @Test
    void numbersAreAtoiInAnUnsignedInt() {
        assertThat(version("12abc")).isEqualTo(12);
        assertThat(version("abc")).isZero();
        assertThat(version(" \t+42")).isEqualTo(42);
        assertThat(version("-1")).isEqualTo(4294967295L);
        assertThat(version("4294967296")).isZero();
        assertThat(version("4294967297")).isEqualTo(1);
        // strtol saturates at LONG_MAX, whose low 32 bits are all ones.
        assertThat(version("99999999999999999999")).isEqualTo(4294967295L);
        assertThat(version("-99999999999999999999")).isZero();
    }

    @Test
    void clCvdheadCutsAtTheFirstCrOrLfAndReadsShortFiles() {
        String cr = "ClamAV-VDB:t-1:1:2:3:m:d:b\r:1273845430";
        assertThat(head(pad(cr, ' ')).header().buildTime()).isZero();
        // Loading does not cut at CR: the same bytes give the build time there.
        assertThat(CvdHeader.asLoaded(bytes(pad(cr, ' ')), 512).header().buildTime()).isEqualTo(1273845430);

        String lf = "ClamAV-VDB:t-1:1:2:3\n:m:d:b:5";
        assertThat(head(pad(lf, ' ')).problem()).isEqualTo("Can't parse the MD5 checksum");
        assertThat(CvdHeader.asLoaded(bytes(pad(lf, ' ')), 512).header().builder()).isEqualTo("b");

        byte[] shortFile = bytes(REAL);
        assertThat(CvdHeader.head(shortFile, shortFile.length).header().version()).isEqualTo(19);
        assertThat(CvdHeader.asLoaded(shortFile, shortFile.length).problem()).isEqualTo("Can't read CVD header");
        assertThat(CvdHeader.head(new byte[0], 0).problem()).isEqualTo("Can't read CVD header");
    }

    @Test
    void paddingIsTrimmedOnlyAtTheEndAndANulEndsTheString() {
        CvdHeader spaces = head(pad(REAL.replace(":nervous:", ":  nervous  :"), ' ')).header();
        assertThat(spaces.builder()).isEqualTo("  nervous  ");
        assertThat(head(pad(REAL + "   ", ' ')).header().buildTime()).isEqualTo(1273845430);
        // NUL padding (a header written by hand): the C string stops there.
        CvdHeader nul = head(pad(REAL, '\0')).header();
        assertThat(nul.buildTime()).isEqualTo(1273845430);
        assertThat(head(pad("ClamAV-VDB:t:1:2:3:m:d\0:b:4", ' ')).problem()).isEqualTo("Can't parse the builder name");
        // Trailing spaces before more text survive: the last field keeps them, atoi ignores them.
        CvdHeader inner = head(pad(REAL + "   \nrest", ' ')).header();
        assertThat(inner.buildTime()).isEqualTo(1273845430);
    }

    @Test
    void sigtoolShowsTheTimeWithTheFirstDashAsAColonAndFailsWithoutOne() {
        assertThat(CvdHeader.parse("ClamAV-VDB:23 Nov 2026 13-31 +0000:7:3:216:m:X:me:1").header().displayTime())
                .contains("23 Nov 2026 13:31 +0000");
        assertThat(CvdHeader.parse("ClamAV-VDB:23 Nov 2026 13-31 -0400:7:3:216:m:X:me:1").header().displayTime())
                .contains("23 Nov 2026 13:31 -0400");
        assertThat(CvdHeader.parse("ClamAV-VDB:no dash:7:3:216:m:X:me:1").header().displayTime()).isEmpty();
    }

    @Test
    void readingAFileTakesTheFirst512BytesOnly() throws Exception {
        Path f = tmp.resolve("main.cvd");
        byte[] body = new byte[4096];
        byte[] header = bytes(pad(REAL, ' '));
        byte[] all = new byte[header.length + body.length];
        System.arraycopy(header, 0, all, 0, header.length);
        Files.write(f, all);
        assertThat(CvdHeader.read(f).header().signatures()).isEqualTo(3);
        assertThat(CvdHeader.read(tmp.resolve("absent.cvd")).problem()).isEqualTo("Can't open file");
    }

    private static long version(String v) {
        return CvdHeader.parse("ClamAV-VDB:t:" + v + ":2:3:m:d:b").header().version();
    }

    private static CvdHeader.Parse head(String s) {
        byte[] b = bytes(s);
        return CvdHeader.head(b, Math.min(b.length, 512));
    }

    private static String pad(String s, char c) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < 512) {
            sb.append(c);
        }
        return sb.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
