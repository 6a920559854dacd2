package dev.headroom.model.openbsd;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.headroom.model.Sizes;

/**
 * The OpenBSD kernel memory budget (DESIGN.md §3, the second budget): what the kernel
 * configuration reserves in kernel virtual memory, against the window the architecture and
 * release leave for it. The seed paper (shared/seeds/002, Buhler and Brauer, 2002) is the
 * story: kernel memory is wired, allocated at boot and never freed, so a kernel whose maps do
 * not fit "will immediatly crash"; its web server ran NMBCLUSTERS=8192 (16 MB of {@code mb_map})
 * and NKMEMPAGES=16384 (64 MB of {@code kmem_map}), and it warns that 65535 clusters
 * pre-allocate 128 MB for nothing.
 *
 * <p>Three pieces are counted, each with its arithmetic: {@code mb_map} = NMBCLUSTERS ×
 * MCLBYTES (releases before 4.2 only), {@code kmem_map} = NKMEMPAGES × PAGE_SIZE, and the
 * buffer cache (BUFPAGES pages, else BUFCACHEPERCENT of physmem). The rest of kernel virtual
 * memory is not modelled, and {@link #notes()} says so.
 *
 * @param release     the release the kernel is built from
 * @param arch        the architecture, as config(8)'s {@code machine} line names it
 * @param physmem     the RAM of the machine that runs the kernel, in bytes, or null
 * @param history     what the release has of these knobs
 * @param nmbclusters the most mbuf clusters
 * @param nkmempages  the size of kmem_map in pages
 * @param maxKmapent  the static kernel map entries
 * @param bufcache    BUFCACHEPERCENT
 * @param mbMap       NMBCLUSTERS × MCLBYTES, where the release reserves it up front
 * @param kmemMap     NKMEMPAGES × PAGE_SIZE
 * @param bufferCache the buffer cache's pages in bytes
 * @param window      the kernel virtual memory they share
 * @param total       the sum of the pieces that are known
 * @param complete    whether every piece is known
 * @param fits        whether the pieces fit the window: false as soon as the known ones do
 *                    not, true only when all are known and fit, null otherwise
 * @param notes       what a person should know that the figures do not say
 */
public record KernelMemory(OpenbsdRelease release, String arch, Long physmem, KnobHistory history,
        Knob nmbclusters, Knob nkmempages, Knob maxKmapent, Knob bufcache,
        Reservation mbMap, Reservation kmemMap, Reservation bufferCache,
        KvaWindow window, long total, boolean complete, Boolean fits, List<String> notes) {

    /**
     * The budget of one kernel.
     *
     * @param options  the numeric kernel options as config(8) evaluated them (an absent key is
     *                 an option not set)
     * @param maxusers the {@code maxusers} line, or null
     * @param arch     "i386", "amd64" or another architecture; null when unknown
     * @param release  the release, possibly {@link OpenbsdRelease#UNKNOWN}
     * @param physmem  the RAM of the machine that runs the kernel, in bytes, or null
     */
    public static KernelMemory of(Map<String, Long> options, Long maxusers, String arch,
            OpenbsdRelease release, Long physmem) {
        String a = arch == null ? null : arch.strip().toLowerCase(Locale.ROOT);
        KnobHistory h = KnobHistory.of(release);
        Knob nmb = KernelKnobs.nmbclusters(options, a, release);
        Knob nkm = KernelKnobs.nkmempages(options, a, h, physmem);
        Knob kmap = KernelKnobs.maxKmapent(options, maxusers, release);
        Knob pct = KernelKnobs.bufcachePercent(options, a, release);
        Long page = KernelDefaults.pageSize(a);

        Reservation mb = mbMap(h, nmb);
        Reservation kmem = nkm.value() == null || page == null
                ? new Reservation("kmem_map", null, "kmem_map unknown: " + nkm.basis())
                : new Reservation("kmem_map", nkm.value() * page, "kmem_map " + Sizes.human(nkm.value() * page)
                        + " = NKMEMPAGES " + nkm.value() + " × PAGE_SIZE " + page);
        Reservation buf = bufferCache(options, h, pct, page, physmem);

        long total = 0;
        boolean complete = true;
        for (Reservation r : List.of(mb, kmem, buf)) {
            if (r.bytes() == null) {
                complete = false;
            } else {
                total += r.bytes();
            }
        }
        KvaWindow window = KvaWindow.of(a, release);
        Boolean fits = window.bytes() == null ? null
                : total > window.bytes() ? Boolean.FALSE : complete ? Boolean.TRUE : null;
        List<String> notes = KernelNotes.of(options, h, nkm, a, physmem);
        return new KernelMemory(release, a, physmem, h, nmb, nkm, kmap, pct, mb, kmem, buf, window, total,
                complete, fits, notes);
    }

    /**
     * The paper's starting point for kmem_map: "a value for NKMEMPAGES being twice the value of
     * NMBCLUSTERS is a good starting point" (6.2), because every cluster in use needs at least
     * two mbufs (a packet header and the reference to the cluster). Units as written: pages
     * against clusters, so 2 × NMBCLUSTERS pages — the web server's 16384 for 8192. True when
     * NKMEMPAGES is below that; null when either is unknown or the release has no mb_map (the
     * paper's reasoning is about that layout).
     */
    public Boolean nkmempagesBelowTwiceNmbclusters() {
        if (history.mbMap() != Known.YES || nkmempages.value() == null || nmbclusters.value() == null) {
            return null;
        }
        return nkmempages.value() < 2 * nmbclusters.value();
    }

    private static Reservation mbMap(KnobHistory h, Knob nmb) {
        if (h.mbMap() == Known.NO) {
            return new Reservation("mb_map", 0L, "no mb_map in " + h.release() + ": NMBCLUSTERS only sets the"
                    + " boot value of kern.maxclusters, a limit on a pool that takes memory as clusters are used"
                    + " (uipc_mbuf.c r1.82)");
        }
        if (nmb.value() == null) {
            return new Reservation("mb_map", null, "mb_map unknown: " + nmb.basis());
        }
        long bytes = nmb.value() * KernelDefaults.MCLBYTES;
        String arithmetic = Sizes.human(bytes) + " = NMBCLUSTERS " + nmb.value() + " × MCLBYTES "
                + KernelDefaults.MCLBYTES;
        if (h.mbMap() == Known.UNKNOWN) {
            return new Reservation("mb_map", null, "mb_map " + arithmetic + " if the release is before 4.2;"
                    + " the release is not known");
        }
        return new Reservation("mb_map", bytes, "mb_map " + arithmetic);
    }

    private static Reservation bufferCache(Map<String, Long> options, KnobHistory h, Knob pct, Long page,
            Long physmem) {
        Long bufpages = options.get("BUFPAGES");
        if (bufpages != null && bufpages > 0 && page != null) {
            long bytes = bufpages * page;
            return new Reservation("buffer cache", bytes, "buffer cache " + Sizes.human(bytes) + " = BUFPAGES "
                    + bufpages + " × PAGE_SIZE " + page + " (BUFPAGES overrides BUFCACHEPERCENT)");
        }
        if (h.mbMap() != Known.YES) {
            return new Reservation("buffer cache", null, "buffer cache not modelled for release " + h.release()
                    + " (the formula is that of the 3.x sources)");
        }
        if (pct.value() == null || page == null) {
            return new Reservation("buffer cache", null, "buffer cache unknown: " + pct.basis());
        }
        if (physmem == null) {
            return new Reservation("buffer cache", null, "buffer cache = " + pct.value()
                    + " % of the RAM of the machine that runs the kernel, not known here");
        }
        long physPages = physmem / page;
        long pages = KernelDefaults.bufpages(physPages, pct.value());
        long bytes = pages * page;
        String formula = physPages < 512 ? "physmem " + physPages + " pages / 10"
                : "(physmem " + physPages + " pages + 512) × " + pct.value() + " %";
        return new Reservation("buffer cache", bytes, "buffer cache " + Sizes.human(bytes) + " = " + formula
                + " = " + pages + " pages");
    }
}
