package dev.headroom.model.openbsd;

/**
 * The kernel virtual address space that the kernel maps must share, where it is documented.
 * On i386 the kernel starts at {@code KERNBASE 0xd0000000}, leaving 4 GB − 0xd0000000 =
 * 768 MB; the paper: "The OpenBSD/i386 kernel reserves 768MB since the 3.2 release (formerly
 * 512MB)". Kernel memory cannot be paged out, so when this space is exhausted "the server
 * will immediatly crash" (shared/seeds/002, 3.2).
 *
 * <p>What is not documented is left unknown rather than invented: amd64 (domain.md gives no
 * window for it), other architectures, an unknown release, and i386 from 4.2 on — the
 * release that dropped {@code mb_map}, after which the arithmetic of this budget no longer
 * describes the kernel [INF: the 768 MB figure is taken to hold from 3.2 to 4.1, the releases
 * with the layout the paper describes].
 *
 * @param bytes the size of the window, or null when unknown
 * @param basis where the figure comes from, or why there is none
 */
public record KvaWindow(Long bytes, String basis) {

    static final long I386_BEFORE_3_2 = 512L << 20;
    static final long I386_FROM_3_2 = 768L << 20;

    public static KvaWindow of(String arch, OpenbsdRelease r) {
        if (!KernelDefaults.isI386(arch)) {
            return new KvaWindow(null, "kernel virtual memory window not documented for "
                    + (arch == null ? "an unknown architecture" : arch));
        }
        if (!r.known()) {
            return new KvaWindow(null, "i386 kernel virtual memory is 512 MiB before 3.2 and 768 MiB"
                    + " from 3.2: the release is not known");
        }
        if (r.before(3, 2)) {
            return new KvaWindow(I386_BEFORE_3_2, "512 MiB: i386 before 3.2 (the paper)");
        }
        if (r.before(4, 2)) {
            return new KvaWindow(I386_FROM_3_2, "768 MiB: i386 from 3.2, KERNBASE 0xd0000000 (the paper;"
                    + " i386 param.h)");
        }
        return new KvaWindow(null, "i386 " + r + " has no mb_map; its kernel memory layout is not modelled");
    }
}
