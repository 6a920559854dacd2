package dev.headroom.model.openbsd;

import dev.headroom.model.Sizes;

/**
 * The constants and default formulas of the OpenBSD kernel memory knobs, each from the source
 * that defines it (shared/domain.md §E.2). Only what is documented for an architecture and
 * release is answered; the rest is null, never a guess.
 */
final class KernelDefaults {

    /** {@code MCLBYTES = 1 << MCLSHIFT}, MCLSHIFT 11 (i386 param.h; the same 2048 on amd64). */
    static final long MCLBYTES = 2048;

    /** {@code PAGE_SIZE}, PAGE_SHIFT 12 on i386 and amd64. */
    static final long PAGE_SIZE = 4096;

    /** i386 {@code NKMEMPAGES_MIN_DEFAULT}: 8 MB of pages (kern_malloc.c r1.61 era). */
    static final long I386_NKMEMPAGES_MIN = 2048;

    /** i386 {@code NKMEMPAGES_MAX_DEFAULT}: 64 MB of pages. */
    static final long I386_NKMEMPAGES_MAX = 16384;

    /**
     * {@code MAX_KMAPENT} when not set. uvm_map.h reads
     * {@code #if (50 + (2 * NPROC) > 1000) ... 50 + 2*NPROC #else 1000}, but NPROC is defined
     * only inside param.c, so the preprocessor sees 0 there and the default is 1000 whatever
     * maxusers is [INF, domain.md E.2 and G.6] — the paper's "default of 1000".
     */
    static final long MAX_KMAPENT = 1000;

    /** {@code #define BUFCACHEPERCENT 5} in the i386 and amd64 machdep.c of the 3.x sources. */
    static final long BUFCACHEPERCENT = 5;

    /** 2 MB of pages: the buffer cache formula's constant {@code btoc(2 * 1024 * 1024)}. */
    private static final long TWO_MB_PAGES = (2L << 20) / PAGE_SIZE;

    /** {@code atop(1 GB)}: where the current NKMEMPAGES formula changes slope. */
    private static final long ONE_GB_PAGES = (1L << 30) / PAGE_SIZE;

    private KernelDefaults() {
    }

    /** The page size of an architecture headroom knows, else null. */
    static Long pageSize(String arch) {
        return isI386(arch) || isAmd64(arch) ? PAGE_SIZE : null;
    }

    /**
     * The NMBCLUSTERS an i386 kernel gets when the configuration does not set it: 2048 up to
     * 3.3 (param.h of 2003; the paper's "default of 2048 clusters"), 6144 in 4.0 and 4.1
     * (param.h r1.35/r1.40, 2006–2007 [INF: which releases those revisions are in]). Null for
     * other releases and architectures.
     */
    static Long nmbclusters(String arch, OpenbsdRelease r) {
        if (!isI386(arch)) {
            return null;
        }
        if (r.before(3, 4)) {
            return 2048L;
        }
        if (r.between(4, 0, 4, 1)) {
            return 6144L;
        }
        return null;
    }

    /**
     * {@code kmeminit_nkmempages()} of kern_malloc.c r1.61–r1.76: physmem/4 pages, clamped down
     * to the maximum, then up to the minimum. It runs at boot on the machine that runs the
     * kernel.
     */
    static long nkmempagesClamped(long physPages, long min, long max) {
        long n = physPages / 4;
        if (n > max) {
            n = max;
        }
        if (n < min) {
            n = min;
        }
        return n;
    }

    /**
     * kern_malloc.c r1.155 and later, before its cap by VM_KERNEL_SPACE_SIZE: physmem/4 up to
     * 1 GB, plus 1/64 of the memory above 1 GB.
     */
    static long nkmempagesCurrent(long physPages) {
        long n = Math.min(physPages, ONE_GB_PAGES) / 4;
        if (physPages > ONE_GB_PAGES) {
            n += (physPages - ONE_GB_PAGES) / 64;
        }
        return n;
    }

    /**
     * The buffer cache's pages when BUFPAGES is not set: {@code physmem / 10} below 2 MB, else
     * {@code (btoc(2 MB) + physmem) * bufcachepercent / 100} (amd64 machdep.c r1.2, 2004). The
     * i386 kernels of the paper follow the same formula to the page: 536,457,216 bytes of
     * physmem give the web server's "26927104 bytes" and 32,648 pages the 128 MB machine's
     * "6791168 bytes" [INF: i386 machdep.c was not read; the two dmesg lines match exactly].
     */
    static long bufpages(long physPages, long percent) {
        if (physPages < TWO_MB_PAGES) {
            return physPages / 10;
        }
        return (TWO_MB_PAGES + physPages) * percent / 100;
    }

    /** {@code NPROC = 20 + 16 * MAXUSERS} (sys/conf/param.c). */
    static long nproc(long maxusers) {
        return 20 + 16 * maxusers;
    }

    static boolean isI386(String arch) {
        return "i386".equals(arch);
    }

    static boolean isAmd64(String arch) {
        return "amd64".equals(arch);
    }

    static String mib(long bytes) {
        return Sizes.human(bytes);
    }
}
