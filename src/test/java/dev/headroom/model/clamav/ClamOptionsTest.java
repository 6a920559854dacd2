package dev.headroom.model.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The option catalogue says what ClamAV 1.4's table says (domain.md §D.3, §D.4). */
class ClamOptionsTest {

    private final ClamOptions catalogue = ClamOptions.catalogue();

    @Test
    void theDefaultsMemoryDependsOn() {
        assertOption(ClamTool.CLAMD, "ConcurrentDatabaseReload", ClamType.BOOL, 1, null);
        assertOption(ClamTool.CLAMD, "SelfCheck", ClamType.NUMBER, 600, null);
        assertOption(ClamTool.CLAMD, "MaxThreads", ClamType.NUMBER, 10, null);
        assertOption(ClamTool.CLAMD, "MaxQueue", ClamType.NUMBER, 100, null);
        assertOption(ClamTool.CLAMD, "MaxRecursion", ClamType.NUMBER, 17, null);
        assertOption(ClamTool.CLAMD, "StreamMaxLength", ClamType.SIZE, 100L << 20, null);
        assertOption(ClamTool.CLAMD, "MaxFileSize", ClamType.SIZE, 100L << 20, null);
        assertOption(ClamTool.CLAMD, "MaxScanSize", ClamType.SIZE64, 400L << 20, null);
        assertOption(ClamTool.CLAMD, "DatabaseDirectory", ClamType.STRING, -1, "/var/lib/clamav");
        assertOption(ClamTool.FRESHCLAM, "Checks", ClamType.NUMBER, 12, null);
        assertOption(ClamTool.FRESHCLAM, "TestDatabases", ClamType.BOOL, 1, null);
        assertOption(ClamTool.FRESHCLAM, "NotifyClamd", ClamType.STRING, -1, "/etc/clamav/clamd.conf");
        assertThat(catalogue.named(ClamTool.CLAMD, "SelfCheck").get().summary())
                .isEqualTo("This option specifies the time intervals (in seconds) in which clamd");
    }

    @Test
    void theMultipleOptions() {
        List<String> multiple = catalogue.all().stream().filter(ClamOption::multiple)
                .filter(o -> !o.commandLineOnly()).map(ClamOption::name).collect(Collectors.toList());
        assertThat(multiple).containsExactly("TCPAddr", "ExcludePath", "ExcludePUA", "IncludePUA", "OnAccessMountPath",
                "OnAccessIncludePath", "OnAccessExcludePath", "OnAccessExcludeUID", "OnAccessExcludeUname",
                "DatabaseMirror", "PrivateMirror", "ExtraDatabase", "ExcludeDatabase", "DatabaseCustomURL",
                "ClamdSocket", "LocalNet");
    }

    @Test
    void namesAreCaseSensitiveAndLongCommandLineNamesCount() {
        assertThat(catalogue.find(ClamTool.CLAMD, "maxthreads")).isEmpty();
        assertThat(catalogue.find(ClamTool.CLAMD, "log").get().name()).isEqualTo("LogFile");
        assertThat(catalogue.find(ClamTool.FRESHCLAM, "log").get().name()).isEqualTo("UpdateLogFile");
        assertThat(catalogue.find(ClamTool.FRESHCLAM, "user").get().name()).isEqualTo("DatabaseOwner");
        assertThat(catalogue.find(ClamTool.CLAMD, "config-file").get().commandLineOnly()).isTrue();
        assertThat(catalogue.find(ClamTool.FRESHCLAM, "LocalSocket")).isEmpty();
    }

    @Test
    void theFirstEntryOfANameShadowsTheLaterOnes() {
        // clamav-milter has TemporaryDirectory twice: the live entry comes first in the table
        ClamOption o = catalogue.find(ClamTool.MILTER, "TemporaryDirectory").get();
        assertThat(o.deprecated()).isFalse();
        assertThat(catalogue.find(ClamTool.MILTER, "LocalSocket").get().deprecated()).isTrue();
        assertThat(catalogue.find(ClamTool.MILTER, "ReadTimeout").get().defaultNumber()).isEqualTo(120);
    }

    @Test
    void everyRegexIsMatchedCaseInsensitively() {
        assertThat(catalogue.all()).noneMatch(ClamOption::caseSensitive);
        assertThat(catalogue.all()).allMatch(o -> o.type() == ClamType.STRING || o.regex() != null || o.deprecated());
    }

    private void assertOption(ClamTool tool, String name, ClamType type, long number, String string) {
        ClamOption o = catalogue.named(tool, name).orElseThrow();
        assertThat(o.type()).as(name).isEqualTo(type);
        assertThat(o.defaultNumber()).as(name).isEqualTo(number);
        assertThat(o.defaultString()).as(name).isEqualTo(string);
        assertThat(o.readBy(tool)).isTrue();
    }
}
