package dev.headroom.model.openbsd;

/**
 * How many mbuf clusters a machine needs, from its cluster pool's row of {@code vmstat -m}
 * (the paper, shared/seeds/002, 6.1 and appendix C). The pool's high-water mark is "perfect to
 * determine the mclpl size", once pages are turned into items — "vmstat -m reports pages, not
 * items" — and multiplied by the machines whose load one of them must be able to carry:
 * "Imagine a Hiwat of 1000 on both machines. If one machine has to go out of service [...] a
 * pool size of &gt;4000 would ensure that the remaining machine doesn't run out of clusters"
 * (1000 pages × 2 clusters per page × 2 machines).
 *
 * <p>Headroom on top of that figure, since the paper asks for strictly more than it ("&gt;4000",
 * "NMBCLUSTERS &gt; 1024"): the recommendation is the next multiple of 1024 clusters
 * (2 MiB of mb_map) above the need. It gives 2048 for the paper's busy web server (Hiwat 524,
 * "even the default of 2048 clusters would be sufficient") and 4096 for the load-balanced pair.
 *
 * <p>A pool that failed requests ran into its limit, so its high-water mark shows the limit,
 * not the demand, which is higher by an amount nothing in the row tells. Then the
 * recommendation is at least twice the limit per machine: a doubling, after which the new
 * high-water mark can be read and the rule above applied. The paper's firewall (Fail 14725 at
 * Maxpg 512, i.e. 1024 clusters) gets 2048, the "NMBCLUSTERS &gt; 1024" the paper asks for.
 *
 * <p>"Far above need" [INF: the factor is headroom's, from the paper's own numbers]: the
 * paper calls its web server's NMBCLUSTERS=8192 sane although the high-water mark was 1048
 * clusters, 7.8 times less, and 65535 "not a good idea". So a configuration is far above need
 * when it exceeds 8 times the need — the largest ratio the paper endorses,
 * rounded up — and also exceeds 8192, the value "most tuning guides recommend"
 * and the authors "usually use", never flagged. A pool that failed is never far above need.
 *
 * @param pool            the pool's name
 * @param clustersPerPage items per pool page: page size / item size
 * @param hiwatClusters   the high-water mark in clusters
 * @param limitClusters   the pool's limit (Maxpg) in clusters, or null when unlimited
 * @param failures        requests the pool refused
 * @param peers           machines whose load one machine must carry (1 alone, 2 for a pair)
 * @param need            clusters needed: the high-water mark (or the limit, if higher and the
 *                        pool failed) × peers
 * @param recommended     the NMBCLUSTERS (kern.maxclusters from 4.2) to set
 * @param configured      the configured NMBCLUSTERS, or null when not known
 * @param farAboveNeed    whether the configured value is far above the need
 * @param explanation     the arithmetic, for the report
 */
public record ClusterSizing(String pool, long clustersPerPage, long hiwatClusters, Long limitClusters,
        long failures, int peers, long need, long recommended, Long configured, boolean farAboveNeed,
        String explanation) {

    static final long STEP = 1024;
    static final long FAR_FACTOR = 8;
    static final long FAR_FLOOR = 8192;

    /** With 4096-byte pages, those of i386 and amd64. */
    public static ClusterSizing of(PoolNumbers row, int peers, Long configured) {
        return of(row, KernelDefaults.PAGE_SIZE, peers, configured);
    }

    public static ClusterSizing of(PoolNumbers row, long pageSize, int peers, Long configured) {
        if (peers < 1) {
            throw new IllegalArgumentException("peers must be at least 1: " + peers);
        }
        if (row.size() > pageSize) {
            throw new IllegalArgumentException(row.name() + ": items of " + row.size()
                    + " bytes do not fit a page of " + pageSize + "; pass the pool's page size");
        }
        long perPage = pageSize / row.size();
        long hiwat = row.hiwat() * perPage;
        Long limit = row.maxpg() == null ? null : row.maxpg() * perPage;
        boolean failed = row.fail() > 0;
        long perMachine = failed && limit != null ? Math.max(hiwat, limit) : hiwat;
        long need = perMachine * peers;
        long recommended = (need / STEP + 1) * STEP;
        if (failed && limit != null) {
            recommended = Math.max(recommended, 2 * limit * peers);
        }
        boolean far = configured != null && !failed && configured > Math.max(FAR_FLOOR, FAR_FACTOR * need);

        StringBuilder b = new StringBuilder(row.name()).append(": Hiwat ").append(row.hiwat()).append(" pages × ")
                .append(perPage).append(" clusters per page = ").append(hiwat).append(" clusters");
        if (limit != null) {
            b.append("; Maxpg ").append(row.maxpg()).append(" pages = ").append(limit).append(" clusters");
        }
        if (failed) {
            b.append("; ").append(row.fail()).append(" requests failed, so the demand exceeded the limit by an"
                    + " unknown amount");
        }
        if (peers > 1) {
            b.append("; × ").append(peers).append(" machines, so one can carry the others' load");
        }
        b.append(": need ").append(need).append(", recommend ").append(recommended);
        b.append(failed && limit != null && recommended == 2 * limit * peers
                ? " (twice the limit, then size again from the new Hiwat)"
                : " (the next multiple of " + STEP + " above the need)");
        if (configured != null) {
            b.append("; configured ").append(configured);
            if (far) {
                b.append(", more than ").append(FAR_FACTOR).append(" times the need");
            }
        }
        return new ClusterSizing(row.name(), perPage, hiwat, limit, row.fail(), peers, need, recommended,
                configured, far, b.toString());
    }

    /**
     * Whether a configured NMBCLUSTERS is far above a need in clusters: more than
     * {@value #FAR_FACTOR} times it and more than {@value #FAR_FLOOR}.
     */
    public static boolean farAbove(long configured, long need) {
        return configured > Math.max(FAR_FLOOR, FAR_FACTOR * need);
    }

    public boolean failed() {
        return failures > 0;
    }

    /** Whether the configured value is at or below the need; null when it is not known. */
    public Boolean belowNeed() {
        return configured == null ? null : configured <= need;
    }
}
