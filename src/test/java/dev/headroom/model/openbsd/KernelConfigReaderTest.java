package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.source.RootedFs;
import dev.headroom.testing.ScratchTree;

/** The effective options of a kernel configuration as config(8) builds them. */
class KernelConfigReaderTest {

    @TempDir
    Path root;

    private KernelConfig read(String path) {
        return KernelConfigReader.read(new RootedFs(root), path);
    }

    private void write(String path, String text) throws IOException {
        ScratchTree.write(root, path, text);
    }

    @Test
    void rmoptionRemovesAndAValueIsReadAsConfigReadsNumbers() throws IOException {
        write("/conf/K", "machine\ti386\nmaxusers 64\noption NMBCLUSTERS=2048\noption DIAGNOSTIC, INET\n"
                + "rmoption NMBCLUSTERS\noptions NMBCLUSTERS=010000\nrmoption DIAGNOSTIC\n");
        KernelConfig k = read("/conf/K");
        assertThat(k.machine()).isEqualTo("i386");
        assertThat(k.maxusers()).isEqualTo(64L);
        assertThat(k.options().keySet()).containsExactly("INET", "NMBCLUSTERS");
        KernelOption nmb = k.option("NMBCLUSTERS");
        assertThat(nmb.number()).isEqualTo(4096L);
        assertThat(nmb.origin().toString()).isEqualTo("conf/K:6:9");
        assertThat(k.numericOptions()).containsEntry("NMBCLUSTERS", 4096L).doesNotContainKey("INET");
        assertThat(k.events()).isEmpty();
    }

    @Test
    void includesAreFoundUnderTheSourceDirectoryAsConfigFindsThem() throws IOException {
        write("/sys/arch/i386/conf/GENERIC", "machine i386\noption NMBCLUSTERS=2048\noption NKMEMPAGES=8192\n");
        write("/sys/arch/i386/conf/CUSTOM", "include \"arch/i386/conf/GENERIC\"\nrmoption NKMEMPAGES\n"
                + "rmoption NMBCLUSTERS\noption NMBCLUSTERS=8192\n");
        KernelConfig k = read("/sys/arch/i386/conf/CUSTOM");
        assertThat(k.machine()).isEqualTo("i386");
        assertThat(k.option("NKMEMPAGES")).isNull();
        assertThat(k.option("NMBCLUSTERS").number()).isEqualTo(8192L);
        assertThat(k.files()).hasSize(2);
        assertThat(k.events()).isEmpty();

        // the old spelling: config(8) drops a leading ../../../ and reads under sys/
        write("/sys/conf/GENERIC", "option INET\n");
        write("/sys/arch/i386/conf/OLD", "include \"../../../conf/GENERIC\"\n");
        assertThat(read("/sys/arch/i386/conf/OLD").option("INET")).isNotNull();
        // beside the including file is not where config(8) looks
        write("/sys/arch/i386/conf/NEAR", "include \"GENERIC\"\n");
        assertThat(read("/sys/arch/i386/conf/NEAR").events()).extracting(KernelEvent::kind)
                .containsExactly(KernelEvent.Kind.INCLUDE_FAILED);
    }

    @Test
    void anOptionSetTwiceWithoutRmoptionKeepsTheFirstAndStopsConfig() throws IOException {
        write("/sys/arch/i386/conf/GENERIC", "machine i386\noption NMBCLUSTERS=2048\n");
        write("/sys/arch/i386/conf/OTHER", "include \"arch/i386/conf/GENERIC\"\noption NMBCLUSTERS=8192\n");
        KernelConfig k = read("/sys/arch/i386/conf/OTHER");
        KernelOption kept = k.option("NMBCLUSTERS");
        assertThat(kept.number()).isEqualTo(2048L);
        assertThat(kept.origin().file()).isEqualTo("sys/arch/i386/conf/GENERIC");
        assertThat(kept.origin().via()).containsExactly("sys/arch/i386/conf/OTHER:1:1");
        assertThat(k.events()).extracting(KernelEvent::kind).containsExactly(KernelEvent.Kind.OPTION_TWICE);
        assertThat(k.events().get(0).origin().toString()).isEqualTo("sys/arch/i386/conf/OTHER:2:8");
        assertThat(k.events().get(0).message()).startsWith("already have options `NMBCLUSTERS=2048'");
    }

    @Test
    void missingIncludeAndCycleAreEventsNotExceptions() throws IOException {
        write("/sys/arch/i386/conf/A", "machine i386\ninclude \"arch/i386/conf/B\"\ninclude \"nowhere\"\noption INET\n");
        write("/sys/arch/i386/conf/B", "include \"arch/i386/conf/A\"\noption FFS");
        KernelConfig k = read("/sys/arch/i386/conf/A");
        assertThat(k.events()).extracting(KernelEvent::kind)
                .containsExactly(KernelEvent.Kind.INCLUDE_CYCLE, KernelEvent.Kind.INCLUDE_FAILED);
        assertThat(k.events().get(1).origin().toString()).isEqualTo("sys/arch/i386/conf/A:3:1");
        assertThat(k.events().get(1).message()).contains("no such file");
        // B's missing final newline is ended by the include: no finding for it
        assertThat(k.options().keySet()).containsExactly("FFS", "INET");
    }

    @Test
    void syntaxErrorsAreEventsAndSetNothing() throws IOException {
        write("/k/C", "machine i386\noption NMBCLUSTERS=\noption NKMEMPAGES=16384");
        KernelConfig k = read("/k/C");
        assertThat(k.option("NMBCLUSTERS")).isNull();
        assertThat(k.events()).extracting(KernelEvent::kind)
                .containsExactly(KernelEvent.Kind.SYNTAX_ERROR, KernelEvent.Kind.MISSING_NEWLINE);
    }

    @Test
    void unreadableMainFileIsAnEvent() {
        KernelConfig k = read("/no/such/KERNEL");
        assertThat(k.events()).extracting(KernelEvent::kind).containsExactly(KernelEvent.Kind.FILE_UNREADABLE);
        assertThat(k.options()).isEmpty();
    }
}
