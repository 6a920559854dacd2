package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Releases as text, their order, and what each has of the kernel memory knobs (KnobHistory). */
class OpenbsdReleaseTest {

    @Test
    void parsesTheWaysAReleaseIsWritten() {
        assertThat(OpenbsdRelease.parse("3.3")).isEqualTo(OpenbsdRelease.of(3, 3));
        assertThat(OpenbsdRelease.parse(" 7.6-current ")).isEqualTo(OpenbsdRelease.of(7, 6));
        assertThat(OpenbsdRelease.parse("4.2-stable")).isEqualTo(OpenbsdRelease.of(4, 2));
        // the chat4free.de dmesg of the paper
        assertThat(OpenbsdRelease.parse("OpenBSD 3.1 (windu) #0: Wed Apr 17 20:10:40 CEST 2002"))
                .isEqualTo(OpenbsdRelease.of(3, 1));
        for (String junk : new String[] {null, "", "3", "three.one", "3.1.2", "v3.1"}) {
            assertThat(OpenbsdRelease.parse(junk)).as("%s", junk).isEqualTo(OpenbsdRelease.UNKNOWN);
        }
        assertThat(OpenbsdRelease.UNKNOWN.known()).isFalse();
        assertThat(OpenbsdRelease.UNKNOWN).hasToString("unknown");
        assertThat(OpenbsdRelease.of(4, 10)).hasToString("4.10");
    }

    @Test
    void comparesByNumberNotByText() {
        List<OpenbsdRelease> l = new ArrayList<>(List.of(OpenbsdRelease.parse("4.10"), OpenbsdRelease.parse("4.2"),
                OpenbsdRelease.UNKNOWN, OpenbsdRelease.parse("3.9"), OpenbsdRelease.parse("10.0")));
        Collections.sort(l);
        assertThat(l).extracting(OpenbsdRelease::toString).containsExactly("unknown", "3.9", "4.2", "4.10", "10.0");
        assertThat(OpenbsdRelease.of(3, 2).atLeast(3, 2)).isTrue();
        assertThat(OpenbsdRelease.of(3, 1).before(3, 2)).isTrue();
        assertThat(OpenbsdRelease.UNKNOWN.atLeast(0, 0)).isFalse();
        assertThat(OpenbsdRelease.UNKNOWN.before(99, 0)).isFalse();
    }

    @Test
    void nmbclustersSizedMbMapUntilFourOneThenSetsKernMaxclusters() {
        KnobHistory paper = KnobHistory.of(OpenbsdRelease.of(3, 3));
        assertThat(paper.mbMap()).isEqualTo(Known.YES);
        assertThat(paper.maxclustersSysctl()).isEqualTo(Known.NO);
        assertThat(paper.replacementFor("NMBCLUSTERS")).isNull();

        assertThat(KnobHistory.of(OpenbsdRelease.of(4, 1)).mbMap()).isEqualTo(Known.YES);
        assertThat(KnobHistory.of(OpenbsdRelease.of(3, 8)).maxclustersSysctl()).isEqualTo(Known.UNKNOWN);

        KnobHistory later = KnobHistory.of(OpenbsdRelease.of(4, 2));
        assertThat(later.mbMap()).isEqualTo(Known.NO);
        assertThat(later.replacementFor("NMBCLUSTERS")).isEqualTo("kern.maxclusters");
        assertThat(KnobHistory.of(OpenbsdRelease.parse("7.6")).replacementFor("NMBCLUSTERS"))
                .isEqualTo("kern.maxclusters");
    }

    @Test
    void bufcachepercentIsASysctlOnlyWhereThatIsKnown() {
        assertThat(KnobHistory.of(OpenbsdRelease.of(3, 1)).replacementFor("BUFCACHEPERCENT")).isNull();
        assertThat(KnobHistory.of(OpenbsdRelease.of(4, 5)).bufcachepercentSysctl()).isEqualTo(Known.UNKNOWN);
        assertThat(KnobHistory.of(OpenbsdRelease.of(4, 5)).replacementFor("BUFCACHEPERCENT")).isNull();
        assertThat(KnobHistory.of(OpenbsdRelease.of(7, 6)).replacementFor("BUFCACHEPERCENT"))
                .isEqualTo("kern.bufcachepercent");
    }

    @Test
    void nkmemclustersIsAnErrorWhereTheSourcesSaySo() {
        KnobHistory h = KnobHistory.of(OpenbsdRelease.of(3, 9));
        assertThat(h.nkmemclustersError()).isEqualTo(Known.YES);
        assertThat(h.obsolete("NKMEMCLUSTERS")).isEqualTo(Known.YES);
        assertThat(h.replacementFor("NKMEMCLUSTERS")).isEqualTo("NKMEMPAGES");
        assertThat(KnobHistory.of(OpenbsdRelease.of(7, 8)).nkmemclustersError()).isEqualTo(Known.NO);
        assertThat(KnobHistory.of(OpenbsdRelease.of(6, 0)).nkmemclustersError()).isEqualTo(Known.UNKNOWN);
        // the paper's firewall ran a 3.0 base with NKMEMCLUSTERS set: not known to be refused there
        assertThat(KnobHistory.of(OpenbsdRelease.of(3, 0)).obsolete("NKMEMCLUSTERS")).isEqualTo(Known.UNKNOWN);
    }

    @Test
    void nkmempagesBoundsAreOptionsUntilTheKernelSizedByItsAddressSpace() {
        assertThat(KnobHistory.of(OpenbsdRelease.of(3, 1)).nkmempagesMinMax()).isEqualTo(Known.YES);
        assertThat(KnobHistory.of(OpenbsdRelease.of(4, 4)).nkmempagesMinMax()).isEqualTo(Known.YES);
        assertThat(KnobHistory.of(OpenbsdRelease.of(5, 5)).nkmempagesMinMax()).isEqualTo(Known.UNKNOWN);
        KnobHistory current = KnobHistory.of(OpenbsdRelease.of(7, 8));
        assertThat(current.nkmempagesMinMax()).isEqualTo(Known.NO);
        assertThat(current.obsolete("NKMEMPAGES_MAX")).isEqualTo(Known.YES);
        assertThat(KnobHistory.of(OpenbsdRelease.of(3, 5)).obsolete("NKMEMPAGES_MIN")).isEqualTo(Known.NO);
        assertThat(current.obsolete("NMBCLUSTERS")).isEqualTo(Known.NO);
    }

    @Test
    void poolNamesFollowTheRelease() {
        // the paper: "Most interesting are the lines mbpl and mclpl"
        KnobHistory paper = KnobHistory.of(OpenbsdRelease.of(3, 1));
        assertThat(paper.clusterPool()).isEqualTo("mclpl");
        assertThat(paper.mbufPool()).isEqualTo("mbpl");
        KnobHistory current = KnobHistory.of(OpenbsdRelease.of(7, 8));
        assertThat(current.clusterPool()).isEqualTo("mcl2k");
        assertThat(current.mbufPool()).isEqualTo("mbufpl");
        assertThat(KnobHistory.of(OpenbsdRelease.of(4, 6)).clusterPool()).isNull();
        KnobHistory unknown = KnobHistory.of(OpenbsdRelease.UNKNOWN);
        assertThat(unknown.clusterPool()).isNull();
        assertThat(unknown.mbMap()).isEqualTo(Known.UNKNOWN);
        assertThat(unknown.replacementFor("NMBCLUSTERS")).isNull();
    }
}
