package dev.headroom.model.clamav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.clamav.db.DatabaseKind;
import dev.headroom.model.clamav.db.SignatureDatabase;

/** The estimate's arithmetic, against the formula docs/calibration.md states and the script mirrors. */
class EngineModelTest {

    private static final EngineModel MODEL = EngineModel.calibrated();
    private static final double BASE = 16915939;
    private static final double PROCESS = 10365271;

    @Test
    void hashKindsAreLinear() {
        EngineEstimate e = MODEL.estimate(Map.of("hdb", 1_000_000L), false);
        assertThat((double) e.steadyBytes()).isCloseTo(BASE + 147.0 * 1_000_000, within(1.0));
        assertThat((double) e.engineBytes()).isCloseTo(BASE + 147.0 * 1_000_000 - PROCESS, within(1.0));
        assertThat(e.loadCpuSeconds()).isCloseTo(0.01 + 8.71e-07 * 1_000_000, within(1e-9));
        assertThat(e.signatures()).isEqualTo(1_000_000);
    }

    @Test
    void bodyKindsFollowThePowerLaw() {
        // at the reference size the cost is bytes.per.sig; ten times as many cost 10^0.788 times as much
        EngineEstimate atRef = MODEL.estimate(Map.of("ndb", 100_000L), false);
        EngineEstimate tenfold = MODEL.estimate(Map.of("ndb", 1_000_000L), false);
        assertThat(atRef.steadyBytes() - BASE).isCloseTo(973.0 * 100_000, within(1.0));
        assertThat((tenfold.steadyBytes() - BASE) / (atRef.steadyBytes() - BASE))
                .isCloseTo(Math.pow(10, 0.788), within(1e-6));
    }

    @Test
    void reloadPeakDoublesTheEngineNotTheProcess() {
        EngineEstimate e = MODEL.estimate(Map.of("hsb", 2_000_000L), false);
        assertThat(e.reloadPeakBytes(true)).isEqualTo(2 * e.steadyBytes() - Math.round(PROCESS));
        assertThat(e.reloadPeakBytes(false)).isEqualTo(e.steadyBytes());
    }

    @Test
    void theOfficialSetSpreadsItsTotalOverTheAssumedMix() {
        EngineEstimate e = MODEL.official();
        assertThat(e.mixAssumed()).isTrue();
        assertThat(e.signatures()).isEqualTo(6_647_427L + 2_049_785L + 91L);
        assertThat(e.byKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(e.signatures());
        // docs/calibration.md: 1.0-1.45 GiB steady for plausible compositions
        assertThat(e.steadyBytes() / (double) (1L << 30)).isBetween(1.0, 1.45);
    }

    @Test
    void everyKindThatHoldsSignaturesHasConstants() {
        for (DatabaseKind k : DatabaseKind.values()) {
            boolean holdsNone = k.format() == DatabaseKind.Format.CONTAINER || k == DatabaseKind.CFG;
            assertThat(MODEL.knows(k)).as("%s", k).isEqualTo(!holdsNone);
        }
    }

    @Test
    void plainFilesCountByKindAndContainersByTheMix(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("local.hdb"),
                "44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature\n"
                        + "0123456789abcdef0123456789abcdef:1024:Local.Test-1\n");
        EngineEstimate e = MODEL.estimate(SignatureDatabase.read(dir));
        assertThat(e.byKind()).containsExactly(Map.entry("hdb", 2L));
        assertThat(e.mixAssumed()).isFalse();
    }
}
