package dev.headroom.model.openbsd;

/**
 * What one OpenBSD release has of the kernel memory knobs, so that headroom never recommends a
 * knob the release no longer has (or does not have yet). Every answer is dated by the source
 * revision that shows it (shared/domain.md §E.2–E.3, and the revision headers quoted below);
 * where two dated revisions bracket a change, the releases in between are {@link Known#UNKNOWN}.
 *
 * <p>Revision dates are turned into releases with OpenBSD's release dates (4.1: 2007-05-01,
 * 4.2: 2007-11-01, 4.4: 2008-11-01, 4.9: 2011-05-01, 7.8: October 2025): a revision dated after
 * a release is not in it, and a name found in two revisions is taken to hold for the releases
 * between them. Both steps are inferences; each field says which boundary it chose.
 *
 * @param release                the release asked about
 * @param mbMap                  whether NMBCLUSTERS still sizes a fixed {@code mb_map}: YES before
 *                               4.2, NO from 4.2. {@code uipc_mbuf.c} r1.82 (2007-05-28) removed
 *                               {@code mb_map}; it came after 4.1's release, so 4.2 is the first
 *                               release without it [INF from the dates; domain.md E.3]
 * @param maxclustersSysctl      whether the sysctl {@code kern.maxclusters} exists, NMBCLUSTERS
 *                               being only its boot value: NO up to 3.3 (the 2003 sources have no
 *                               such sysctl), YES from 4.2 (r1.82's warning names it), UNKNOWN in
 *                               between. domain.md E.3 and G.5 leave the first release open; this
 *                               takes the documented boundary, 4.2
 * @param nkmempagesMinMax       whether the options NKMEMPAGES_MIN and NKMEMPAGES_MAX bound the
 *                               automatic NKMEMPAGES: YES for 3.1–4.4 ({@code kern_malloc.c} r1.61,
 *                               2005-11-19, and r1.76, 2008-10-05, both read them; 3.1 is the
 *                               first release the paper shows with NKMEMPAGES [INF: that the
 *                               bounds came with it]), NO from 7.8 (r1.155, 2025-06-12, sizes by
 *                               VM_KERNEL_SPACE_SIZE instead), UNKNOWN otherwise
 * @param bufcachepercentSysctl  whether BUFCACHEPERCENT is also the sysctl
 *                               {@code kern.bufcachepercent}: NO up to 3.3 [INF: its number,
 *                               KERN_CACHEPCT 72, comes after KERN_MAXCLUSTERS 67, which 3.3
 *                               lacks], YES from 5.0 [INF: domain.md E.3 places it in 4.x "from
 *                               knowledge", and the current sys/sysctl.h has it; 5.0 is the first
 *                               release that is surely after every 4.x], UNKNOWN in between
 * @param nkmemclustersError     whether the option NKMEMCLUSTERS stops the build with
 *                               {@code #error NKMEMCLUSTERS is obsolete}: YES for 3.1–4.4 (r1.61,
 *                               r1.76), NO from 7.8 (r1.155 no longer mentions it, so the option is
 *                               silently unused), UNKNOWN otherwise
 * @param clusterPool            the name of the 2048-byte cluster pool in {@code vmstat -m}:
 *                               {@code mclpl} up to 4.2 (the paper, r1.82), {@code mcl2k} from 5.0
 *                               ({@code uipc_mbuf.c} r1.156, 2011-04-18, names its pools
 *                               {@code mcl%dk}; 4.9 may predate it), null when unknown
 * @param mbufPool               the name of the mbuf pool: {@code mbpl} up to 4.9 (still so in
 *                               r1.156), {@code mbufpl} from 7.8 (the current sources), null when
 *                               unknown
 */
public record KnobHistory(OpenbsdRelease release, Known mbMap, Known maxclustersSysctl,
        Known nkmempagesMinMax, Known bufcachepercentSysctl, Known nkmemclustersError,
        String clusterPool, String mbufPool) {

    public static KnobHistory of(OpenbsdRelease r) {
        if (!r.known()) {
            return new KnobHistory(r, Known.UNKNOWN, Known.UNKNOWN, Known.UNKNOWN, Known.UNKNOWN,
                    Known.UNKNOWN, null, null);
        }
        return new KnobHistory(r,
                Known.of(r.before(4, 2)),
                r.before(3, 4) ? Known.NO : r.atLeast(4, 2) ? Known.YES : Known.UNKNOWN,
                r.between(3, 1, 4, 4) ? Known.YES : r.atLeast(7, 8) ? Known.NO : Known.UNKNOWN,
                r.before(3, 4) ? Known.NO : r.atLeast(5, 0) ? Known.YES : Known.UNKNOWN,
                r.between(3, 1, 4, 4) ? Known.YES : r.atLeast(7, 8) ? Known.NO : Known.UNKNOWN,
                r.before(4, 3) ? "mclpl" : r.atLeast(5, 0) ? "mcl2k" : null,
                r.before(5, 0) ? "mbpl" : r.atLeast(7, 8) ? "mbufpl" : null);
    }

    /**
     * Whether a kernel option is obsolete in this release: NKMEMCLUSTERS from 3.1 (NKMEMPAGES
     * replaced it; whether 3.0 still took it is not known — the paper's 3.0-based firewall set
     * it, its 3.1 web server sets NKMEMPAGES), NKMEMPAGES_MIN and NKMEMPAGES_MAX from 7.8.
     * Every other option is NO: headroom knows of no other retired memory option.
     */
    public Known obsolete(String option) {
        switch (option) {
            case "NKMEMCLUSTERS":
                return release.atLeast(3, 1) ? Known.YES : Known.UNKNOWN;
            case "NKMEMPAGES_MIN":
            case "NKMEMPAGES_MAX":
                return nkmempagesMinMax == Known.YES ? Known.NO
                        : nkmempagesMinMax == Known.NO ? Known.YES : Known.UNKNOWN;
            default:
                return Known.NO;
        }
    }

    /**
     * What to use instead of a kernel option in this release, or null when nothing is known to
     * replace it: {@code kern.maxclusters} for NMBCLUSTERS and {@code kern.bufcachepercent} for
     * BUFCACHEPERCENT where those sysctls are known to exist (set at run time in
     * /etc/sysctl.conf, no kernel build), and the option NKMEMPAGES for the obsolete
     * NKMEMCLUSTERS. A name with a dot is a sysctl, one without is a kernel option.
     */
    public String replacementFor(String option) {
        switch (option) {
            case "NMBCLUSTERS":
                return maxclustersSysctl == Known.YES ? "kern.maxclusters" : null;
            case "BUFCACHEPERCENT":
                return bufcachepercentSysctl == Known.YES ? "kern.bufcachepercent" : null;
            case "NKMEMCLUSTERS":
                return obsolete(option) == Known.YES ? "NKMEMPAGES" : null;
            default:
                return null;
        }
    }
}
