package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The kernel memory budget against the figures of the seed paper (shared/seeds/002): its
 * chat4free.de web server (appendix I: OpenBSD 3.1, i386, "real mem = 536457216", NMBCLUSTERS
 * 8192, NKMEMPAGES 16384, maxusers 64, "using 5689 buffers containing 26927104 bytes"), its
 * 128 MB machine (KVMspy: "_nkmempages 8162 (... = 33431552 bytes)", "_nmbclust 2048 (... =
 * 4194304 bytes)"; 5.1: "using 1658 buffers containing 6791168 bytes") and its warnings.
 */
class KernelMemoryTest {

    private static final long MIB = 1L << 20;
    private static final OpenbsdRelease R3_1 = OpenbsdRelease.of(3, 1);
    private static final OpenbsdRelease R3_2 = OpenbsdRelease.of(3, 2);

    /** appendix I, dmesg: real mem = 536457216 (523884K). */
    private static final long CHAT4FREE_RAM = 536_457_216L;

    /**
     * The physmem of the paper's 128 MB machine: the only page counts that give both its
     * nkmempages 8162 (KVMspy) and its 6791168 bytes of buffer cache (dmesg in 5.1) are
     * 32648–32651 pages.
     */
    private static final long PAPER_128M_RAM = 32_648L * 4096;

    private static KernelMemory chat4free(OpenbsdRelease r) {
        return KernelMemory.of(Map.of("NMBCLUSTERS", 8192L, "NKMEMPAGES", 16384L), 64L, "i386", r, CHAT4FREE_RAM);
    }

    @Test
    void theWebServerReservesSixteenAndSixtyFourMegabytesAndFits() {
        KernelMemory k = chat4free(R3_1);
        // 6.1: "A value of 8192 potentially uses 16MB for mb map: 8192 2048 = 16777216"
        assertThat(k.mbMap().bytes()).isEqualTo(16_777_216L);
        assertThat(k.kmemMap().bytes()).isEqualTo(64 * MIB);
        // its dmesg, to the byte
        assertThat(k.bufferCache().bytes()).isEqualTo(26_927_104L);
        assertThat(k.nmbclusters().basis()).isEqualTo("NMBCLUSTERS 8192 (option)");
        assertThat(k.nkmempages().source()).isEqualTo(Knob.Source.OPTION);
        assertThat(k.complete()).isTrue();
        assertThat(k.total()).isEqualTo(k.mbMap().bytes() + k.kmemMap().bytes() + k.bufferCache().bytes());
        // 3.1 is before 3.2, so the paper's "formerly 512MB"
        assertThat(k.window().bytes()).isEqualTo(512 * MIB);
        assertThat(k.fits()).isTrue();
    }

    @Test
    void fromThreeTwoTheWindowIs768Megabytes() {
        KernelMemory k = chat4free(R3_2);
        assertThat(k.window().bytes()).isEqualTo(768 * MIB);
        assertThat(k.fits()).isTrue();
        assertThat(k.total()).isLessThan(k.window().bytes() / 4);
    }

    @Test
    void sixtyFiveThousandClustersPreAllocate128Megabytes() {
        KernelMemory k = KernelMemory.of(Map.of("NMBCLUSTERS", 65535L), null, "i386", R3_2, CHAT4FREE_RAM);
        // 6.1: "a value of 65535 for NMBCLUSTERS, rendering a pre-allocation of 128MB"
        assertThat(k.mbMap().bytes()).isEqualTo(134_215_680L);
        assertThat(k.mbMap().basis()).contains("128 MiB").contains("65535").contains("2048");
    }

    @Test
    void the128MegabyteMachineMatchesKvmspyAndItsDmesg() {
        KernelMemory k = KernelMemory.of(Map.of(), null, "i386", R3_2, PAPER_128M_RAM);
        assertThat(k.nkmempages().value()).isEqualTo(8162L);
        assertThat(k.nkmempages().source()).isEqualTo(Knob.Source.DEFAULT);
        assertThat(k.nkmempages().basis()).isEqualTo("NKMEMPAGES 8162 = physmem/4 clamped to [2048, 16384] (default)");
        assertThat(k.kmemMap().bytes()).isEqualTo(33_431_552L);
        assertThat(k.nmbclusters().value()).isEqualTo(2048L);
        assertThat(k.mbMap().bytes()).isEqualTo(4_194_304L);
        assertThat(k.bufferCache().bytes()).isEqualTo(6_791_168L);
        assertThat(k.bufcache().basis()).isEqualTo("BUFCACHEPERCENT 5 % (default)");
    }

    @Test
    void aRoundHundredAndTwentyEightMegabytesIsCloseToThePapersTypicalValue() {
        KernelMemory k = KernelMemory.of(Map.of(), null, "i386", R3_2, 128 * MIB);
        // 6.2: "A typical calculation value is 8162 for a machine with 128MB of RAM"
        assertThat(k.nkmempages().value()).isCloseTo(8162L, withinPercentage(1));
    }

    @Test
    void theDefaultIsClampedToEightAndSixtyFourMegabytes() {
        // domain.md E.2: NKMEMPAGES_MIN_DEFAULT 8 MB, NKMEMPAGES_MAX_DEFAULT 64 MB on i386
        assertThat(KernelMemory.of(Map.of(), null, "i386", R3_2, 16 * MIB).kmemMap().bytes()).isEqualTo(8 * MIB);
        assertThat(KernelMemory.of(Map.of(), null, "i386", R3_2, 4096 * MIB).kmemMap().bytes()).isEqualTo(64 * MIB);
        // the bounds are options too
        KernelMemory raised = KernelMemory.of(Map.of("NKMEMPAGES_MAX", 32768L), null, "i386", R3_2, 4096 * MIB);
        assertThat(raised.kmemMap().bytes()).isEqualTo(128 * MIB);
        assertThat(raised.nkmempages().basis()).contains("[2048, 32768]");
    }

    @Test
    void withoutTheRamTheDefaultDependsOnTheMachineThatRunsTheKernel() {
        KernelMemory k = KernelMemory.of(Map.of("NMBCLUSTERS", 8192L), null, "i386", R3_2, null);
        assertThat(k.nkmempages().value()).isNull();
        assertThat(k.nkmempages().basis()).contains("depends on the RAM of the machine that runs the kernel");
        assertThat(k.kmemMap().bytes()).isNull();
        assertThat(k.bufferCache().bytes()).isNull();
        assertThat(k.complete()).isFalse();
        assertThat(k.total()).isEqualTo(16 * MIB);
        assertThat(k.fits()).isNull();
        assertThat(k.notes()).anySatisfy(n -> assertThat(n).contains("does not inherit"));
    }

    @Test
    void aFixedNkmempagesMayCarryTheBuildHostsRam() {
        // 6.2: "If the kernel is compiled on a different machine [...] this option should be used",
        // with the value from sysctl -n vm.nkmempages: then it is the build host's RAM that counts.
        KernelMemory k = KernelMemory.of(Map.of("NKMEMPAGES", 8162L), null, "i386", R3_2, 1024 * MIB);
        assertThat(k.notes()).anySatisfy(n -> assertThat(n).contains("sysctl -n vm.nkmempages")
                .contains("this machine would choose 16384"));
        assertThat(k.notes()).noneSatisfy(n -> assertThat(n).contains("does not inherit"));
    }

    @Test
    void knownPiecesAboveTheWindowAreEnoughToFail() {
        KernelMemory k = KernelMemory.of(Map.of("NMBCLUSTERS", 300_000L), null, "i386", R3_1, null);
        assertThat(k.complete()).isFalse();
        assertThat(k.total()).isGreaterThan(512 * MIB);
        assertThat(k.fits()).isFalse();
    }

    @Test
    void bigOptionsOnTheFirstWebServersRamDoNotFit() {
        // the paper's 1.5 GB machine that "sometimes crashed due to KVM exhaustion", with 65535
        // clusters, a 256 MiB kmem_map and 30 % of its RAM as buffer cache
        KernelMemory k = KernelMemory.of(Map.of("NMBCLUSTERS", 65535L, "NKMEMPAGES", 65536L, "BUFCACHEPERCENT", 30L),
                null, "i386", R3_2, 1536 * MIB);
        assertThat(k.bufferCache().bytes()).isCloseTo(1536 * MIB * 30 / 100, withinPercentage(1));
        assertThat(k.complete()).isTrue();
        assertThat(k.total()).isGreaterThan(768 * MIB);
        assertThat(k.fits()).isFalse();
    }

    @Test
    void bufpagesOverridesThePercentage() {
        KernelMemory k = KernelMemory.of(Map.of("BUFPAGES", 2048L, "BUFCACHEPERCENT", 50L), null, "i386", R3_2,
                CHAT4FREE_RAM);
        assertThat(k.bufferCache().bytes()).isEqualTo(8 * MIB);
        assertThat(k.bufferCache().basis()).contains("BUFPAGES overrides BUFCACHEPERCENT");
    }

    @Test
    void maxKmapentIsAThousandWhateverMaxusers() {
        // 6.3 / 7.1: "the default of 1000"; domain.md E.2: NPROC is undefined in uvm_map.h
        for (Long maxusers : new Long[] {null, 32L, 64L, 512L}) {
            Knob k = KernelMemory.of(Map.of(), maxusers, "i386", R3_1, CHAT4FREE_RAM).maxKmapent();
            assertThat(k.value()).isEqualTo(1000L);
            assertThat(k.basis()).startsWith("MAX_KMAPENT 1000 (default: NPROC undefined in uvm_map.h, so 1000");
        }
        assertThat(KernelMemory.of(Map.of("MAX_KMAPENT", 1500L), 64L, "i386", R3_1, null).maxKmapent().value())
                .isEqualTo(1500L);
    }

    @Test
    void nkmempagesAboutTwiceNmbclusters() {
        // 6.2: "a value for NKMEMPAGES being twice the value of NMBCLUSTERS is a good starting point"
        assertThat(chat4free(R3_1).nkmempagesBelowTwiceNmbclusters()).isFalse();
        KernelMemory low = KernelMemory.of(Map.of("NMBCLUSTERS", 16384L, "NKMEMPAGES", 16384L), null, "i386", R3_2,
                CHAT4FREE_RAM);
        assertThat(low.nkmempagesBelowTwiceNmbclusters()).isTrue();
        assertThat(KernelMemory.of(Map.of("NMBCLUSTERS", 8192L), null, "i386", R3_2, null)
                .nkmempagesBelowTwiceNmbclusters()).isNull();
    }

    @Test
    void theFirewallsNkmemclustersIsObsolete() {
        // 7.2: "the always famous NKMEMCLUSTERS=16384 and NMBCLUSTERS=8192 modifications"
        KernelMemory k = KernelMemory.of(Map.of("NKMEMCLUSTERS", 16384L, "NMBCLUSTERS", 8192L), null, "i386",
                OpenbsdRelease.of(3, 9), 128 * MIB);
        assertThat(k.notes()).anySatisfy(n -> assertThat(n).contains("#error").contains("NKMEMPAGES"));
    }

    @Test
    void fromFourTwoNmbclustersReservesNothingUpFront() {
        KernelMemory k = KernelMemory.of(Map.of("NMBCLUSTERS", 65535L), null, "i386", OpenbsdRelease.of(4, 2),
                CHAT4FREE_RAM);
        assertThat(k.mbMap().bytes()).isZero();
        assertThat(k.mbMap().basis()).contains("kern.maxclusters");
        assertThat(k.window().bytes()).isNull();
        assertThat(k.fits()).isNull();
    }

    @Test
    void whatIsNotDocumentedStaysUnknown() {
        KernelMemory amd64 = KernelMemory.of(Map.of(), null, "amd64", OpenbsdRelease.of(3, 9), 1024 * MIB);
        assertThat(amd64.window().bytes()).isNull();
        assertThat(amd64.fits()).isNull();
        assertThat(amd64.nmbclusters().source()).isEqualTo(Knob.Source.UNKNOWN);
        assertThat(amd64.nkmempages().value()).isNull();
        assertThat(amd64.bufcache().value()).isEqualTo(5L);

        KernelMemory noRelease = KernelMemory.of(Map.of("NMBCLUSTERS", 8192L), null, "i386", OpenbsdRelease.UNKNOWN,
                CHAT4FREE_RAM);
        assertThat(noRelease.window().bytes()).isNull();
        assertThat(noRelease.mbMap().bytes()).isNull();
        assertThat(noRelease.mbMap().basis()).contains("16 MiB").contains("before 4.2");

        KernelMemory current = KernelMemory.of(Map.of("NKMEMPAGES_MAX", 32768L), null, "amd64",
                OpenbsdRelease.parse("7.8"), 2048 * MIB);
        assertThat(current.nkmempages().value()).isNull();
        // min(physmem, 1 GB)/4 + (physmem - 1 GB)/64 = 65536 + 4096 pages, before the cap
        assertThat(current.nkmempages().basis()).contains("at most 69632");
        assertThat(current.notes()).anySatisfy(n -> assertThat(n).startsWith("NKMEMPAGES_MAX is not used"));
    }
}
