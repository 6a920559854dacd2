package dev.headroom.model.sysctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.sysctl.SysctlValue.State;
import dev.headroom.source.RootedFs;

/**
 * Which file and which line win, on generated trees: systemd-sysctl 252 (conf-files.c,
 * sysctl.c) by default, procps {@code sysctl --system} where it differs.
 */
class SysctlPrecedenceTest {

    @TempDir
    Path dir;
    SysctlTree tree;

    @BeforeEach
    void setUp() {
        tree = new SysctlTree(dir);
    }

    private SysctlConfig systemd() {
        return new SysctlReader(new RootedFs(dir), SysctlProgram.SYSTEMD_SYSCTL).read();
    }

    private SysctlConfig procps() {
        return new SysctlReader(new RootedFs(dir), SysctlProgram.PROCPS_SYSTEM).read();
    }

    @Test
    void nothingSetIsSaidExplicitly() {
        SysctlValue v = systemd().value(SysctlConfig.FILE_MAX);
        assertThat(v.state()).isEqualTo(State.NOT_SET);
        assertThat(v.value()).isNull();
        assertThat(v.origin()).isNull();
        assertThat(v.name()).isEqualTo("fs.file-max");
    }

    @Test
    void aFileInEtcReplacesTheVendorFileOfTheSameNameWhole() {
        tree.file("usr/lib/sysctl.d/50-vendor.conf", "vm.swappiness = 60\nvm.overcommit_memory = 1\n")
                .file("etc/sysctl.d/50-vendor.conf", "vm.swappiness = 10\n");
        SysctlConfig c = systemd();
        assertThat(c.value("vm.swappiness").value()).isEqualTo("10");
        assertThat(c.value("vm.swappiness").origin()).hasToString("etc/sysctl.d/50-vendor.conf:1:1");
        // The vendor file is not read at all, so its other keys are gone too.
        assertThat(c.value("vm.overcommit_memory").state()).isEqualTo(State.NOT_SET);
        assertThat(c.files()).extracting(SysctlFile::display, SysctlFile::status).containsExactly(
                tuple("etc/sysctl.d/50-vendor.conf", SysctlFile.Status.READ),
                tuple("usr/lib/sysctl.d/50-vendor.conf", SysctlFile.Status.OVERRIDDEN));
        assertThat(c.events()).extracting(SysctlEvent::kind).containsExactly(SysctlEvent.Kind.FILE_OVERRIDDEN);
    }

    @Test
    void directoryPriorityIsEtcThenRunThenUsrLocalThenUsr() {
        tree.file("usr/lib/sysctl.d/x.conf", "vm.swappiness = 4\n")
                .file("usr/local/lib/sysctl.d/x.conf", "vm.swappiness = 3\n")
                .file("run/sysctl.d/x.conf", "vm.swappiness = 2\n");
        assertThat(systemd().value("vm.swappiness").value()).isEqualTo("2");
        tree.file("etc/sysctl.d/x.conf", "vm.swappiness = 1\n");
        assertThat(systemd().value("vm.swappiness").value()).isEqualTo("1");
    }

    @Test
    void filesAreReadInNameOrderAcrossDirectoriesAndTheLastLineWins() {
        tree.file("etc/sysctl.d/10-early.conf", "vm.swappiness = 1\nvm.min_free_kbytes = 1000\n")
                .file("usr/lib/sysctl.d/20-vendor.conf", "vm.swappiness = 2\n")
                .file("run/sysctl.d/30-run.conf", "vm.swappiness = 3\nvm.swappiness = 33\n")
                .file("usr/local/lib/sysctl.d/25-local.conf", "vm.min_free_kbytes = 2500\n");
        SysctlConfig c = systemd();
        assertThat(c.files()).extracting(SysctlFile::name)
                .containsExactly("10-early.conf", "20-vendor.conf", "25-local.conf", "30-run.conf");
        assertThat(c.value("vm.swappiness").value()).isEqualTo("33");
        assertThat(c.value("vm.swappiness").origin()).hasToString("run/sysctl.d/30-run.conf:2:1");
        assertThat(c.value("vm.min_free_kbytes").value()).isEqualTo("2500");
        assertThat(c.history("vm/swappiness")).extracting(SysctlAssignment::value)
                .containsExactly("1", "2", "3", "33");
    }

    @Test
    void nameOrderIsByteOrderNotNumericOrLocale() {
        tree.file("etc/sysctl.d/9-a.conf", "vm.swappiness = 9\n")
                .file("etc/sysctl.d/10-b.conf", "vm.swappiness = 10\n")
                .file("etc/sysctl.d/Z.conf", "vm.swappiness = 90\n")
                .file("etc/sysctl.d/a.conf", "vm.swappiness = 97\n");
        assertThat(systemd().files()).extracting(SysctlFile::name)
                .containsExactly("10-b.conf", "9-a.conf", "Z.conf", "a.conf");
        assertThat(systemd().value("vm.swappiness").value()).isEqualTo("97");
    }

    @Test
    void aSymlinkToDevNullMasksTheVendorFile() {
        tree.file("usr/lib/sysctl.d/50-pid-max.conf", "kernel.pid_max = 4194304\n")
                .link("etc/sysctl.d/50-pid-max.conf", "/dev/null");
        SysctlConfig c = systemd();
        assertThat(c.value("kernel.pid_max").state()).isEqualTo(State.NOT_SET);
        assertThat(c.files()).extracting(SysctlFile::status)
                .containsExactly(SysctlFile.Status.MASKED, SysctlFile.Status.OVERRIDDEN);
    }

    @Test
    void aDanglingSymlinkMasksTooAndIsOtherwiseIgnored() {
        tree.file("usr/lib/sysctl.d/50-pid-max.conf", "kernel.pid_max = 4194304\n")
                .link("etc/sysctl.d/50-pid-max.conf", "/nowhere/50-pid-max.conf");
        SysctlConfig c = systemd();
        assertThat(c.value("kernel.pid_max").state()).isEqualTo(State.NOT_SET);
        assertThat(c.events()).extracting(SysctlEvent::kind)
                .contains(SysctlEvent.Kind.FILE_MISSING, SysctlEvent.Kind.FILE_OVERRIDDEN);
    }

    @Test
    void onlyDotConfFilesCountAndSystemdSkipsHiddenOnes() {
        tree.file("etc/sysctl.d/README", "vm.swappiness = 1\n")
                .file("etc/sysctl.d/a.conf.dpkg-old", "vm.swappiness = 2\n")
                .file("etc/sysctl.d/.hidden.conf", "vm.swappiness = 3\n")
                .file("etc/sysctl.d/x.CONF", "vm.swappiness = 4\n");
        assertThat(systemd().value("vm.swappiness").state()).isEqualTo(State.NOT_SET);
        // procps only wants the name to end in .conf.
        assertThat(procps().value("vm.swappiness").value()).isEqualTo("3");
    }

    @Test
    void systemdReadsEtcSysctlConfOnlyThroughDebiansLink() {
        tree.file("etc/sysctl.conf", "vm.swappiness = 1\nfs.file-max = 100000\n");
        assertThat(systemd().value("vm.swappiness").state()).isEqualTo(State.NOT_SET);

        tree.link("etc/sysctl.d/99-sysctl.conf", "../sysctl.conf")
                .file("etc/sysctl.d/99-zzz.conf", "vm.swappiness = 2\n")
                .file("etc/sysctl.d/60-tuning.conf", "fs.file-max = 50000\n");
        SysctlConfig c = systemd();
        // 99-sysctl.conf sorts after 60-tuning.conf and before 99-zzz.conf.
        assertThat(c.value("fs.file-max").value()).isEqualTo("100000");
        assertThat(c.value("vm.swappiness").value()).isEqualTo("2");
        SysctlValue fileMax = c.value("fs.file-max");
        assertThat(fileMax.origin().file()).isEqualTo("etc/sysctl.conf");
        assertThat(fileMax.origin().via()).containsExactly("etc/sysctl.d/99-sysctl.conf");
        assertThat(fileMax.origin().line()).isEqualTo(2);
    }

    @Test
    void procpsReadsEtcSysctlConfLastSoItBeatsEverySysctlDFile() {
        tree.file("etc/sysctl.conf", "vm.swappiness = 1\n")
                .link("etc/sysctl.d/99-sysctl.conf", "../sysctl.conf")
                .file("etc/sysctl.d/99-zzz.conf", "vm.swappiness = 2\n");
        assertThat(systemd().value("vm.swappiness").value()).isEqualTo("2");
        SysctlConfig p = procps();
        assertThat(p.value("vm.swappiness").value()).isEqualTo("1");
        assertThat(p.value("vm.swappiness").origin()).hasToString("etc/sysctl.conf:1:1");
        assertThat(p.files()).extracting(SysctlFile::path)
                .containsExactly("/etc/sysctl.d/99-sysctl.conf", "/etc/sysctl.d/99-zzz.conf", "/etc/sysctl.conf");
    }

    @Test
    void slashAndDotSpellingsAreOneKey() {
        tree.file("etc/sysctl.d/a.conf", "vm.swappiness = 1\n").file("etc/sysctl.d/b.conf", "vm/swappiness = 2\n");
        SysctlConfig c = systemd();
        assertThat(c.value("vm.swappiness").value()).isEqualTo("2");
        assertThat(c.value("vm/swappiness").value()).isEqualTo("2");
        assertThat(c.values()).extracting(SysctlValue::name).containsExactly("vm.swappiness");
    }

    @Test
    void aGlobSetsEveryKeyWithoutALineOfItsOwn() {
        // The example of sysctl.d(5), "Set network routing properties for all interfaces".
        tree.file("etc/sysctl.d/20-rp_filter.conf", "net.ipv4.conf.default.rp_filter = 2\n"
                + "net.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.all.rp_filter\nnet.ipv4.conf.hub0.rp_filter = 1\n");
        SysctlConfig c = systemd();
        assertThat(c.value("net.ipv4.conf.eth0.rp_filter")).extracting(SysctlValue::state, SysctlValue::value,
                SysctlValue::pattern).containsExactly(State.SET, "2", "net.ipv4.conf.*.rp_filter");
        assertThat(c.value("net.ipv4.conf.hub0.rp_filter").value()).isEqualTo("1");
        assertThat(c.value("net.ipv4.conf.all.rp_filter").state()).isEqualTo(State.EXCLUDED);
        assertThat(c.value("net.ipv4.conf.default.rp_filter").pattern()).isNull();
    }

    @Test
    void aLaterGlobWinsOverAnEarlierOne() {
        tree.file("etc/sysctl.d/a.conf", "net.ipv4.conf.*.rp_filter = 2\nnet.ipv4.conf.eth?.rp_filter = 0\n");
        assertThat(systemd().value("net.ipv4.conf.eth0.rp_filter").value()).isEqualTo("0");
        assertThat(systemd().value("net.ipv4.conf.wlan0.rp_filter").value()).isEqualTo("2");
    }

    @Test
    void systemdKeepsTheFirstPlaceOfARepeatedValueButProcpsMovesIt() {
        // Glob order decides: A, B, A again with the same value.
        tree.file("etc/sysctl.d/a.conf", "net.ipv4.conf.*.rp_filter = 1\nnet.ipv4.conf.e*.rp_filter = 2\n"
                + "net.ipv4.conf.*.rp_filter = 1\n");
        assertThat(systemd().value("net.ipv4.conf.eth0.rp_filter").value()).isEqualTo("2");
        assertThat(procps().value("net.ipv4.conf.eth0.rp_filter").value()).isEqualTo("1");
    }

    @Test
    void aLaterExclusionCancelsAnAssignmentInSystemdOnly() {
        tree.file("usr/lib/sysctl.d/50-vendor.conf", "vm.swappiness = 60\n")
                .file("etc/sysctl.d/90-local.conf", "-vm.swappiness\n");
        SysctlValue v = systemd().value("vm.swappiness");
        assertThat(v.state()).isEqualTo(State.EXCLUDED);
        assertThat(v.origin()).hasToString("etc/sysctl.d/90-local.conf:1:1");
        assertThat(procps().value("vm.swappiness").value()).isEqualTo("60");
    }

    @Test
    void theIgnoreFailureFlagIsMergedOverIdenticalLines() {
        tree.file("etc/sysctl.d/a.conf", "-fs.nr_open = 2097152\n").file("etc/sysctl.d/b.conf", "fs.nr_open = 2097152\n");
        SysctlValue v = systemd().value("fs.nr_open");
        assertThat(v.ignoreFailure()).isTrue();
        assertThat(v.origin()).hasToString("etc/sysctl.d/b.conf:1:1");
        tree.file("etc/sysctl.d/c.conf", "fs.nr_open = 1048576\n");
        assertThat(systemd().value("fs.nr_open").ignoreFailure()).isFalse();
    }

    @Test
    void directoriesThatAreOneDirectoryCountOnce() {
        tree.file("usr/lib/sysctl.d/50-a.conf", "vm.swappiness = 5\n").link("run/sysctl.d", "/usr/lib/sysctl.d");
        SysctlConfig c = systemd();
        assertThat(c.files()).extracting(SysctlFile::path).containsExactly("/run/sysctl.d/50-a.conf");
        assertThat(c.events()).isEmpty();
    }

    @Test
    void problemsBecomeEventsWithTheirOriginAndTheRestIsStillRead() {
        tree.file("etc/sysctl.d/a.conf", "vm.swappiness = 10\nkernel.msgmax\nvm.overcommit_memory = 2 # never\n")
                .dir("etc/sysctl.d/b.conf");
        SysctlConfig c = systemd();
        assertThat(c.events()).extracting(e -> e.kind(), e -> e.origin().toString()).containsExactly(
                tuple(SysctlEvent.Kind.NOT_AN_ASSIGNMENT, "etc/sysctl.d/a.conf:2:1"),
                tuple(SysctlEvent.Kind.VALUE_WITH_COMMENT, "etc/sysctl.d/a.conf:3:24"),
                tuple(SysctlEvent.Kind.FILE_UNREADABLE, "etc/sysctl.d/b.conf"));
        assertThat(c.value("vm.swappiness").value()).isEqualTo("10");
        // The kernel reads an integer up to the blank: the comment does no harm here.
        assertThat(c.value("vm.overcommit_memory").value()).isEqualTo("2 # never");
        assertThat(c.value("vm.overcommit_memory").asLong()).hasValue(2);
    }

    @Test
    void numbersAreReadAsTheKernelReadsThem() {
        tree.file("etc/sysctl.d/a.conf", "vm.swappiness = 010\nvm.min_free_kbytes = 0x10000\nfs.file-max = 9223372036854775807\n"
                + "kernel.printk = 4 4 1 7\nvm.overcommit_ratio = 08\nfs.nr_open = 18446744073709551615\n");
        SysctlConfig c = systemd();
        assertThat(c.value("vm.swappiness").asLong()).hasValue(8);
        assertThat(c.value("vm.min_free_kbytes").asLong()).hasValue(65536);
        assertThat(c.value("fs.file-max").asLong()).hasValue(Long.MAX_VALUE);
        assertThat(c.value("kernel.printk").asLong()).hasValue(4);
        assertThat(c.value("vm.overcommit_ratio").asLong()).isEmpty();
        assertThat(c.value("fs.nr_open").asLong()).isEmpty();
    }
}
