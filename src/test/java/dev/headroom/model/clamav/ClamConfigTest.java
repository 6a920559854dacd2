package dev.headroom.model.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.lang.clamav.ClamProblem;
import dev.headroom.source.Origin;
import dev.headroom.testing.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The effective configuration, one optparse() behaviour at a time (domain.md §D.1–D.3; every
 * case here was also run through clamconf 1.4.6 and clamd 1.4.6).
 */
class ClamConfigTest {

    @Test
    void theFirstOccurrenceWinsAndTheOthersAreIgnoredSilently() {
        ClamConfig c = clamd("MaxThreads 5\nDatabaseDirectory /a\nMaxThreads 7\nDatabaseDirectory /b\n");
        ClamValue threads = c.value("MaxThreads").get();
        assertThat(threads.number()).isEqualTo(5);
        assertThat(threads.origin()).isEqualTo(Origin.of("clamd.conf", 1, 1));
        assertThat(threads.ignored()).containsExactly(
                new ClamValue.Ignored("7", Origin.of("clamd.conf", 3, 1), Origin.of("clamd.conf", 1, 1)));
        assertThat(c.value("DatabaseDirectory").get().string()).isEqualTo("/a");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void aRepeatIsStillCheckedSoABadOneIsFatal() {
        ClamConfig c = clamd("MaxThreads 5\nMaxThreads five\n");
        assertThat(c.refused()).isTrue();
        assertThat(c.printed("clamd.conf")).containsExactly("ERROR: Incorrect argument format for option MaxThreads");
    }

    @Test
    void multipleOptionsCollectInOrder() {
        ClamConfig c = clamd("TCPAddr 127.0.0.1\nTCPAddr ::1\nOnAccessExcludeUID 0\nOnAccessExcludeUID 5\n");
        assertThat(c.value("TCPAddr").get().strings()).containsExactly("127.0.0.1", "::1");
        // only the first value decides whether the option is on: a first 0 switches it off
        ClamValue uid = c.value("OnAccessExcludeUID").get();
        assertThat(uid.numbers()).containsExactly(0L, 5L);
        assertThat(uid.enabled()).isFalse();
    }

    @Test
    void numbersGoThroughAtoi() {
        assertThat(number("MaxThreads", "05")).isEqualTo(5);
        assertThat(number("MaxThreads", "99999999999")).isEqualTo(1215752191);
        assertThat(number("ReadTimeout", "2147483648")).isEqualTo(-2147483648L);
        ClamValue overflow = clamd("MaxThreads 99999999999999999999\n").value("MaxThreads").get();
        assertThat(overflow.number()).isEqualTo(-1);
        assertThat(overflow.enabled()).isFalse();
        assertThat(clamd("SelfCheck 0\n").value("SelfCheck").get().enabled()).isFalse();
        for (String bad : List.of("-5", "abc", "5 6", "5 # comment", "0x10", "5\r")) {
            assertThat(clamd("MaxThreads " + bad + "\n").printed("f")).as(bad)
                    .containsExactly("ERROR: Incorrect argument format for option MaxThreads");
        }
    }

    @Test
    void sizesAreBytesAndZeroIsTheMaximum() {
        assertThat(number("StreamMaxLength", "25M")).isEqualTo(25L << 20);
        assertThat(number("StreamMaxLength", "1g")).isEqualTo(1L << 30);
        assertThat(number("StreamMaxLength", "10k")).isEqualTo(10240);
        assertThat(number("LogFileMaxSize", "0")).isEqualTo(Long.MAX_VALUE);
        // strtoll(…, 0): a leading zero is octal
        assertThat(number("StreamMaxLength", "010M")).isEqualTo(8L << 20);
        ClamConfig octal = clamd("MaxScanSize 08\n");
        assertThat(octal.printed("f")).containsExactly("ERROR: Can't parse numerical argument for option MaxScanSize");
        for (String bad : List.of("10MB", "10 M", "0x10", "-1", "1.5M")) {
            assertThat(clamd("MaxScanSize " + bad + "\n").fatal().get().kind()).as(bad)
                    .isEqualTo(ClamProblem.Kind.INCORRECT_FORMAT);
        }
    }

    @Test
    void anOverflowingSizeIsResetToTheMaximumWithAWarning() {
        for (String big : List.of("9223372036854775808", "8589934592G", "8796093022208M", "9007199254740992K")) {
            ClamConfig c = clamd("MaxScanSize " + big + "\n");
            assertThat(c.refused()).isFalse();
            assertThat(c.value("MaxScanSize").get().number()).isEqualTo(Long.MAX_VALUE);
            assertThat(c.printed("f")).containsExactly(
                    "WARNING: Numerical value for option MaxScanSize too high, resetting to 9223372036854775807");
        }
        assertThat(number("MaxScanSize", "8589934591G")).isEqualTo(8589934591L << 30);
        assertThat(number("MaxScanSize", "9007199254740991K")).isEqualTo(9007199254740991L << 10);
    }

    @Test
    void booleansInAnyCase() {
        ClamConfig c = clamd("ScanPE no\nScanELF FALSE\nLogTime True\nLogClean 1\n");
        assertThat(List.of("ScanPE", "ScanELF", "LogTime", "LogClean")).map(n -> c.value(n).get().enabled())
                .containsExactly(false, false, true, true);
        for (String bad : List.of("on", "off", "y", "yes\r")) {
            assertThat(clamd("ScanPE " + bad + "\n").refused()).as(bad).isTrue();
        }
    }

    @Test
    void enumerationsAreCaseInsensitiveToo() {
        assertThat(clamd("BytecodeSecurity paranoid\n").value("BytecodeSecurity").get().string()).isEqualTo("paranoid");
        assertThat(clamd("BytecodeSecurity Trust\n").printed("f"))
                .containsExactly("ERROR: Incorrect argument format for option BytecodeSecurity");
    }

    @Test
    void theFirstErrorEndsTheReading() {
        ClamConfig c = clamd("MaxThreads 5\nFooBar 1\nMaxQueue 7\n");
        assertThat(c.refused()).isTrue();
        assertThat(c.printed("/etc/clamav/clamd.conf"))
                .containsExactly("ERROR: Parse error at /etc/clamav/clamd.conf:2: Unknown option FooBar");
        assertThat(c.origin(c.fatal().get())).isEqualTo(Origin.of("clamd.conf", 2, 1));
        assertThat(c.value("MaxThreads").get().number()).isEqualTo(5);
        assertThat(c.value("MaxQueue").get().isDefault()).isTrue();
        assertThat(c.unread()).extracting(e -> e.name()).containsExactly("MaxQueue");
        // and nothing is said about the lines after it
        assertThat(clamd("Example\nFooBar 1\n").printed("f")).containsExactly("ERROR: Please edit the example config file f");
    }

    @Test
    void deprecatedOptionsAreIgnoredByTheDaemonsAndSetByClamconf() {
        String text = "ScanOnAccess yes\nAllowSupplementaryGroups maybe\nmail-follow-urls yes\n";
        ClamConfig daemon = clamd(text);
        assertThat(daemon.printed("clamd.conf")).containsExactly(
                "WARNING: Ignoring deprecated option ScanOnAccess at clamd.conf:1",
                "WARNING: Ignoring deprecated option AllowSupplementaryGroups at clamd.conf:2",
                "WARNING: Ignoring deprecated option MailFollowURLs at clamd.conf:3");
        assertThat(daemon.value("ScanOnAccess").get().set()).isFalse();
        ClamConfig clamconf = ClamConfig.read("clamd.conf", text, ClamTool.CLAMD, ClamConfig.Reader.CLAMCONF);
        assertThat(clamconf.problems()).isEmpty();
        assertThat(clamconf.value("ScanOnAccess").get().set()).isTrue();
        // a deprecated entry with no file name: glibc prints the NULL name as "(null)"
        assertThat(ClamConfig.read("freshclam.conf", "log-verbose yes\n", ClamTool.FRESHCLAM).printed("f"))
                .containsExactly("WARNING: Ignoring deprecated option (null) at f:1");
    }

    @Test
    void longCommandLineNamesSetTheirOption() {
        ClamConfig c = clamd("log /var/log/clamd.log\nconfig-file /elsewhere\n");
        assertThat(c.value("LogFile").get().string()).isEqualTo("/var/log/clamd.log");
        assertThat(c.value("config-file").get().string()).isEqualTo("/elsewhere");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void defaultsAreMarked() {
        ClamConfig c = clamd("");
        ClamValue reload = c.value("ConcurrentDatabaseReload").get();
        assertThat(reload.isDefault()).isTrue();
        assertThat(reload.enabled()).isTrue();
        assertThat(reload.origin()).isNull();
        ClamConfig f = ClamConfig.read("freshclam.conf", "", ClamTool.FRESHCLAM);
        // on (a string default) but not set: freshclam notifies clamd only when the file names it
        ClamValue notify = f.value("NotifyClamd").get();
        assertThat(notify.enabled()).isTrue();
        assertThat(notify.set()).isFalse();
        assertThat(f.value("Checks").get().number()).isEqualTo(12);
    }

    @Test
    void debiansInstalledFile() throws IOException {
        Path p = Path.of("/etc/clamav/clamd.conf");
        Oracles.require(Files.isRegularFile(p), "Debian's clamav-daemon (/etc/clamav/clamd.conf)");
        ClamConfig c = clamd(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        assertThat(c.problems()).isEmpty();
        assertThat(c.value("LogFileMaxSize").get().number()).isEqualTo(Long.MAX_VALUE);
    }

    private static long number(String option, String arg) {
        ClamConfig c = clamd(option + " " + arg + "\n");
        assertThat(c.problems()).as(arg).isEmpty();
        return c.value(option).get().number();
    }

    private static ClamConfig clamd(String text) {
        return ClamConfig.read("clamd.conf", text, ClamTool.CLAMD);
    }
}
