package dev.headroom.model.clamav.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The 512-byte header of a ClamAV container ({@code .cvd}, {@code .cld}, {@code .cud}):
 * {@code ClamAV-VDB:time:version:sigs:flevel:md5:dsig:builder:stime}, right-padded with spaces.
 * Read as libclamav reads it, so the numbers are the ones ClamAV shows for the same bytes.
 *
 * <p>Source: {@code libclamav/cvd.c} {@code cl_cvdhead}, {@code cl_cvdparse},
 * {@code cli_cvdverify} and {@code libclamav/str.c} {@code cli_strtok}, Cisco-Talos/clamav
 * rel/1.4 e8b337754d18 (1.4.5; the installed 1.4.6 prints the same for every header the
 * differential test feeds it). Notable consequences of that code:
 * <ul>
 * <li>fields are found with {@code cli_strtok}, where a run of colons is one separator: an empty
 * field does not exist and the following fields shift left;</li>
 * <li>numbers are {@code atoi} stored in {@code unsigned int}: "12abc" is 12, "x" is 0, "-1" is
 * 4294967295, and an overflow saturates and keeps the low 32 bits;</li>
 * <li>{@code cl_cvdhead} (sigtool --info, clamconf, the count before loading) cuts the header at
 * its first CR or LF and reads short files too; {@code cli_cvdverify} (loading) needs all 512
 * bytes and does not cut at CR or LF.</li>
 * </ul>
 *
 * @param time               field 1, the build time as written ({@code 14 May 2010 09-57 -0400})
 * @param version            field 2
 * @param signatures         field 3, the number of signatures the container claims
 * @param functionalityLevel field 4, the lowest engine functionality level it is meant for
 * @param md5                field 5, the MD5 of the body (sigtool writes {@code X} in .info files)
 * @param digitalSignature   field 6
 * @param builder            field 7
 * @param buildTime          field 8, the build time in Unix seconds; 0 when absent (old format)
 */
public record CvdHeader(String time, long version, long signatures, long functionalityLevel, String md5,
        String digitalSignature, String builder, long buildTime) {

    /** {@code CVD_HEADER_SIZE}. */
    public static final int SIZE = 512;

    /**
     * A header, or the reason ClamAV gives for having none (never both).
     *
     * @param header  the header; null when it could not be read
     * @param problem ClamAV's message ({@code Not a CVD file}, {@code Can't parse the version number}, ...)
     */
    public record Parse(CvdHeader header, String problem) {

        static Parse of(CvdHeader h) {
            return new Parse(h, null);
        }

        static Parse failed(String problem) {
            return new Parse(null, problem);
        }

        public boolean ok() {
            return header != null;
        }
    }

    /** When it was built, from field 8; empty for the old format without it. */
    public Optional<Instant> builtAt() {
        return buildTime == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(buildTime));
    }

    /**
     * The build time as {@code sigtool --info} prints it: the first {@code -} back to {@code :}
     * ({@code 14 May 2010 09:57 -0400}); empty when the field has no {@code -}, where sigtool
     * stops after the file name and fails.
     */
    public Optional<String> displayTime() {
        int dash = time.indexOf('-');
        return dash < 0 ? Optional.empty() : Optional.of(time.substring(0, dash) + ':' + time.substring(dash + 1));
    }

    /** {@code cl_cvdhead}: reads the first 512 bytes of the file. */
    public static Parse read(Path file) {
        byte[] buf = new byte[SIZE];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(buf, 0, SIZE);
        } catch (IOException e) {
            return Parse.failed("Can't open file");
        }
        return head(buf, n);
    }

    /**
     * {@code cl_cvdhead} on the {@code length} bytes read (at most 512): cut at the first CR or
     * LF, trailing spaces trimmed, then {@link #parse(String)}. Nothing read is "Can't read CVD header".
     */
    public static Parse head(byte[] bytes, int length) {
        if (length <= 0) {
            return Parse.failed("Can't read CVD header");
        }
        int bread = Math.min(length, SIZE);
        byte[] head = new byte[bread + 1];
        System.arraycopy(bytes, 0, head, 0, bread);
        // strpbrk(head, "\n\r") sees the C string only: up to the first NUL.
        for (int i = 0; i < bread && head[i] != 0; i++) {
            if (head[i] == '\n' || head[i] == '\r') {
                head[i] = 0;
                break;
            }
        }
        for (int i = bread - 1; i > 0 && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r'); i--) {
            head[i] = 0;
        }
        return parse(cString(head));
    }

    /**
     * {@code cli_cvdverify}, the header as loading reads it: exactly 512 bytes or "Can't read
     * CVD header"; trailing spaces and LFs trimmed, no cut at CR or LF.
     */
    public static Parse asLoaded(byte[] bytes, int length) {
        if (length < SIZE) {
            return Parse.failed("Can't read CVD header");
        }
        byte[] head = new byte[SIZE + 1];
        System.arraycopy(bytes, 0, head, 0, SIZE);
        for (int i = SIZE - 1; i > 0 && (head[i] == ' ' || head[i] == '\n'); i--) {
            head[i] = 0;
        }
        return parse(cString(head));
    }

    /** {@code cl_cvdparse} of a header line (a C string; the .info file's first line is one too). */
    public static Parse parse(String head) {
        head = CText.cString(head);
        if (!head.startsWith("ClamAV-VDB:")) {
            return Parse.failed("Not a CVD file");
        }
        String time = CText.strtok(head, 1, ":");
        if (time == null) {
            return Parse.failed("Can't parse the creation time");
        }
        String version = CText.strtok(head, 2, ":");
        if (version == null) {
            return Parse.failed("Can't parse the version number");
        }
        String sigs = CText.strtok(head, 3, ":");
        if (sigs == null) {
            return Parse.failed("Can't parse the number of signatures");
        }
        String fl = CText.strtok(head, 4, ":");
        if (fl == null) {
            return Parse.failed("Can't parse the functionality level");
        }
        String md5 = CText.strtok(head, 5, ":");
        if (md5 == null) {
            return Parse.failed("Can't parse the MD5 checksum");
        }
        String dsig = CText.strtok(head, 6, ":");
        if (dsig == null) {
            return Parse.failed("Can't parse the digital signature");
        }
        String builder = CText.strtok(head, 7, ":");
        if (builder == null) {
            return Parse.failed("Can't parse the builder name");
        }
        String stime = CText.strtok(head, 8, ":");
        return Parse.of(new CvdHeader(time, CText.atoiUnsigned(version), CText.atoiUnsigned(sigs),
                CText.atoiUnsigned(fl), md5, dsig, builder, stime == null ? 0 : CText.atoiUnsigned(stime)));
    }

    private static String cString(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, StandardCharsets.ISO_8859_1);
    }
}
