package dev.headroom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.headroom.model.clamav.db.LoadOptions;
import dev.headroom.source.Origin;

/**
 * Finding and Origin write their equals and hashCode out (start-up time); these hold them to
 * what a record's generated ones would do, component by component, so a component added later
 * cannot be forgotten.
 */
class WrittenOutEqualityTest {

    private static final Remedy REMEDY = new Remedy(Remedy.Kind.values()[0], "etc/a.conf", "K", "1", 3, 0);

    private static Finding finding(int changed) {
        Object[] c = {"HT100", "name", Severity.WARNING, "message", Origin.of("etc/a.conf", 1, 2), "AH00513",
            List.of(REMEDY)};
        Object[] other = {"HT101", "other", Severity.ERROR, "other message", Origin.of("etc/a.conf", 1, 3), null,
            List.of()};
        if (changed >= 0) {
            c[changed] = other[changed];
        }
        @SuppressWarnings("unchecked")
        List<Remedy> remedies = (List<Remedy>) c[6];
        return new Finding((String) c[0], (String) c[1], (Severity) c[2], (String) c[3], (Origin) c[4], (String) c[5],
                remedies);
    }

    @Test
    void findingsAreEqualExactlyWhenEveryComponentIs() {
        assertThat(Finding.class.getRecordComponents()).hasSize(7);
        assertThat(finding(-1)).isEqualTo(finding(-1)).hasSameHashCodeAs(finding(-1));
        for (int i = 0; i < 7; i++) {
            assertThat(finding(i)).as("component %d", i).isNotEqualTo(finding(-1));
            assertThat(finding(-1)).as("component %d", i).isNotEqualTo(finding(i));
        }
        assertThat(finding(-1)).isNotEqualTo(null).isNotEqualTo("HT100");
    }

    @Test
    void originsAreEqualExactlyWhenEveryComponentIs() {
        assertThat(Origin.class.getRecordComponents()).hasSize(4);
        Origin o = new Origin("a", 1, 2, List.of("b"));
        assertThat(o).isEqualTo(new Origin("a", 1, 2, List.of("b"))).hasSameHashCodeAs(new Origin("a", 1, 2, List.of("b")));
        assertThat(o).isNotEqualTo(new Origin("x", 1, 2, List.of("b")))
                .isNotEqualTo(new Origin("a", 9, 2, List.of("b")))
                .isNotEqualTo(new Origin("a", 1, 9, List.of("b")))
                .isNotEqualTo(new Origin("a", 1, 2, List.of()))
                .isNotEqualTo(null);
        assertThat(new Origin(null, 0, 0, List.of())).isEqualTo(new Origin(null, 0, 0, List.of()));
    }

    @Test
    void loadOptionKeysDifferExactlyWhenTheOptionsDo() {
        assertThat(LoadOptions.class.getRecordComponents()).hasSize(7);
        LoadOptions d = LoadOptions.DEFAULTS;
        List<LoadOptions> each = List.of(d, d.withFunctionalityLevel(215), d.withDetectPua(true),
                new LoadOptions(216, false, false, true, true, false, false),
                new LoadOptions(216, false, true, false, true, false, false),
                new LoadOptions(216, false, true, true, false, false, false),
                new LoadOptions(216, false, true, true, true, true, false), d.withOfficialDatabaseOnly(true));
        assertThat(each.stream().map(LoadOptions::key).distinct()).hasSize(each.size());
        assertThat(new LoadOptions(216, false, true, true, true, false, false).key()).isEqualTo(d.key());
    }
}
