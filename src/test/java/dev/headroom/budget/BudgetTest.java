package dev.headroom.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scenarios' arithmetic (DESIGN.md §3). */
class BudgetTest {

    private static final long M = 1L << 20;

    private static ServiceMemory svc(String name, long steady, long peak, Moment moment) {
        return new ServiceMemory(name, "test", steady * M, peak * M, moment, "", false, null);
    }

    private static final List<ServiceMemory> MAIL = List.of(
            svc("httpd", 400, 1000, Moment.WEB),
            svc("clamd", 800, 1590, Moment.UPDATE_RELOAD),
            svc("freshclam", 10, 800, Moment.UPDATE_TEST),
            svc("amavis", 150, 150, Moment.ALWAYS));

    @Test
    void eachScenarioAddsOnlyItsOwnPeaks() {
        Budget b = Budget.of(4096 * M, 400 * M, 0L, "test", MAIL, List.of());
        assertThat(b.scenario(Scenario.STEADY).total()).isEqualTo((400 + 800 + 10 + 150) * M);
        assertThat(b.scenario(Scenario.WEB_PEAK).total()).isEqualTo((1000 + 800 + 10 + 150) * M);
        // freshclam's test load (790) ends before clamd's reload (790): the larger stage counts, not both
        assertThat(b.scenario(Scenario.SIGNATURE_UPDATE).total()).isEqualTo((400 + 1590 + 10 + 150) * M);
        assertThat(b.scenario(Scenario.WORST).total()).isEqualTo((1000 + 1590 + 10 + 150) * M);
        assertThat(b.scenario(Scenario.WORST).parts()).containsEntry("clamd", 1590 * M).containsEntry("httpd", 1000 * M);
    }

    @Test
    void theLargerUpdateStageIsTheOneCounted() {
        List<ServiceMemory> s = List.of(svc("clamd", 800, 800, Moment.UPDATE_RELOAD),
                svc("freshclam", 10, 810, Moment.UPDATE_TEST));
        Budget b = Budget.of(4096 * M, 400 * M, null, "test", s, List.of());
        assertThat(b.scenario(Scenario.SIGNATURE_UPDATE).parts()).containsEntry("freshclam", 810 * M)
                .containsEntry("clamd", 800 * M);
    }

    @Test
    void fitsMeansWithinRamLessTheReserve() {
        Budget b = Budget.of(2750 * M, 400 * M, null, "test", MAIL, List.of());
        // usable 2350: worst 2750 does not fit, web peak 1960 and update 2150 do
        assertThat(b.scenario(Scenario.WEB_PEAK).fits()).isTrue();
        assertThat(b.scenario(Scenario.SIGNATURE_UPDATE).fits()).isTrue();
        assertThat(b.scenario(Scenario.WORST).fits()).isFalse();
        assertThat(b.fits()).isFalse();
        Budget exact = Budget.of(3150 * M, 400 * M, null, "test", MAIL, List.of());
        assertThat(exact.scenario(Scenario.WORST).total()).isEqualTo(exact.usable());
        assertThat(exact.fits()).isTrue();
    }
}
