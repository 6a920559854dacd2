package dev.headroom.model.openbsd;

/**
 * One row of the pool statistics of {@code vmstat -m} (OpenBSD usr.bin/vmstat/vmstat.c
 * {@code dopool}/{@code print_pool}). Sizes are in bytes, Requests, Fail and Releases in items,
 * the page columns in pages of the pool's page size (PAGE_SIZE, 4096 on i386). For
 * {@code mclpl}, the mbuf cluster pool of OpenBSD 3.x, one page holds two 2048-byte clusters,
 * and Maxpg is the NMBCLUSTERS limit in pages ({@code pool_sethardlimit}).
 *
 * @param name            the pool's name ({@code mclpl}, {@code mbpl}, ...)
 * @param size            bytes per item
 * @param requests        items ever allocated ({@code pr_nget})
 * @param fail            allocations that failed ({@code pr_nfail}): the pool was at its limit
 * @param releasesOrInUse items ever released ({@code pr_nput}) under a {@code Releases} header;
 *                        items in use now ({@code nget - nput}) under an {@code InUse} header
 * @param pgreq           pages ever requested
 * @param pgrel           pages ever released
 * @param npage           pages held now
 * @param hiwat           the most pages ever held (the high-water mark of Npage)
 * @param minpg           pages always kept
 * @param maxpg           the most pages allowed; null when unlimited ({@code inf})
 * @param idle            pages holding no item
 * @param line            1-based line of the row in the output
 * @param inUseColumn     whether the fifth column is {@code InUse} (vmstat with kinfo_pool)
 *                        rather than {@code Releases} (the kvm-reading vmstat of OpenBSD 3.x)
 */
public record Pool(String name, long size, long requests, long fail, long releasesOrInUse, long pgreq,
        long pgrel, long npage, long hiwat, long minpg, Long maxpg, long idle, int line, boolean inUseColumn) {

    /** Items allocated and not yet released, whichever header the output has. */
    public long inUse() {
        return inUseColumn ? releasesOrInUse : requests - releasesOrInUse;
    }

    /** Whether the pool has no page limit ({@code Maxpg inf}). */
    public boolean unlimited() {
        return maxpg == null;
    }
}
