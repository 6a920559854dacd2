package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Cluster sizing from vmstat -m against the paper's examples (shared/seeds/002, 6.1 and appendix C). */
class ClusterSizingTest {

    /** appendix C: mclpl 2048 1758499 14725 1757480 518 2 516 516 4 512 4 */
    private static final PoolNumbers FIREWALL = new PoolNumbers("mclpl", 2048, 1_758_499, 14_725, 516, 516, 512L);

    /** 6.1: "the high watermark of mclpl is 524 (1048 clusters)" on the busy web server of 7.1 */
    private static final PoolNumbers WEB = new PoolNumbers("mclpl", 2048, 10_599_250, 0, 300, 524, null);

    @Test
    void theFirewallFailedAndNeedsMoreThan1024() {
        ClusterSizing s = ClusterSizing.of(FIREWALL, 1, 1024L);
        assertThat(s.failed()).isTrue();
        assertThat(s.failures()).isEqualTo(14_725);
        assertThat(s.clustersPerPage()).isEqualTo(2);
        assertThat(s.hiwatClusters()).isEqualTo(1032);
        assertThat(s.limitClusters()).isEqualTo(1024);
        // "The kernel should be reconfigured with NMBCLUSTERS > 1024"
        assertThat(s.recommended()).isGreaterThan(1024);
        // the demand behind the failures is unknown: a doubling, not a guess at it
        assertThat(s.recommended()).isEqualTo(2 * s.limitClusters());
        assertThat(s.farAboveNeed()).isFalse();
        assertThat(s.belowNeed()).isTrue();
        assertThat(s.explanation()).contains("14725 requests failed").contains("1032 clusters");
    }

    @Test
    void aLoadBalancedPairDoublesIt() {
        ClusterSizing one = ClusterSizing.of(FIREWALL, 1, null);
        ClusterSizing pair = ClusterSizing.of(FIREWALL, 2, null);
        assertThat(pair.need()).isEqualTo(2 * one.need());
        assertThat(pair.recommended()).isEqualTo(2 * one.recommended());
        assertThat(pair.explanation()).contains("× 2 machines");
    }

    @Test
    void thePapersPairWithAHiwatOf1000NeedsMoreThan4000() {
        // "Imagine a Hiwat of 1000 on both machines [...] a pool size of >4000"
        PoolNumbers hiwat1000 = new PoolNumbers("mclpl", 2048, 5_000_000, 0, 800, 1000, null);
        ClusterSizing s = ClusterSizing.of(hiwat1000, 2, null);
        assertThat(s.need()).isEqualTo(4000);
        assertThat(s.recommended()).isGreaterThan(4000).isLessThan(2 * 4000);
        assertThat(s.failed()).isFalse();
    }

    @Test
    void theBusyWebServerWouldDoWithTheDefault() {
        // "thus even the default of 2048 clusters would be sufficient"
        ClusterSizing s = ClusterSizing.of(WEB, 1, 2048L);
        assertThat(s.hiwatClusters()).isEqualTo(1048);
        assertThat(s.recommended()).isGreaterThan(1048).isLessThanOrEqualTo(2048);
        assertThat(s.belowNeed()).isFalse();
    }

    @Test
    void eightThousandIsSaneButSixtyFiveThousandIsFarAboveNeed() {
        // 6.1: 8192 "can be sane" as a pre-allocation; 65535 is "not a good idea"
        assertThat(ClusterSizing.of(WEB, 1, 8192L).farAboveNeed()).isFalse();
        ClusterSizing big = ClusterSizing.of(WEB, 1, 65535L);
        assertThat(big.farAboveNeed()).isTrue();
        assertThat(big.explanation()).contains("configured 65535");
        // a tiny pool never makes the tuning guides' 8192 "far above"
        PoolNumbers idle = new PoolNumbers("mclpl", 2048, 100, 0, 4, 4, null);
        assertThat(ClusterSizing.of(idle, 1, 8192L).farAboveNeed()).isFalse();
        assertThat(ClusterSizing.of(idle, 1, 8193L).farAboveNeed()).isTrue();
        // nor is a pool that ran out
        assertThat(ClusterSizing.of(FIREWALL, 1, 65535L).farAboveNeed()).isFalse();
    }

    @Test
    void anUnlimitedCurrentPoolIsSizedFromItsHighWaterMark() {
        // "Maxpg" prints inf when the pool has no page limit; mcl2k is the name from 5.0
        PoolNumbers mcl2k = new PoolNumbers("mcl2k", 2048, 4_000_000, 0, 100, 700, null);
        ClusterSizing s = ClusterSizing.of(mcl2k, 1, null);
        assertThat(s.limitClusters()).isNull();
        assertThat(s.need()).isEqualTo(1400);
        assertThat(s.recommended()).isGreaterThan(1400);
        assertThat(s.belowNeed()).isNull();
    }

    @Test
    void itemsLargerThanAPageNeedThePoolsPageSize() {
        PoolNumbers mcl8k = new PoolNumbers("mcl8k", 8192, 10, 0, 1, 1, null);
        assertThatThrownBy(() -> ClusterSizing.of(mcl8k, 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page size");
        assertThat(ClusterSizing.of(mcl8k, 65536, 1, null).clustersPerPage()).isEqualTo(8);
        assertThatThrownBy(() -> ClusterSizing.of(WEB, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
