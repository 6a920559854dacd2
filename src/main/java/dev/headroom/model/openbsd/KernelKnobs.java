package dev.headroom.model.openbsd;

import java.util.Map;

/**
 * The effective value of each kernel memory knob: the kernel configuration's option when it is
 * set, else the kernel's default for the architecture, release and RAM — or unknown, with the
 * reason, when the default depends on something headroom was not told.
 */
final class KernelKnobs {

    private KernelKnobs() {
    }

    static Knob nmbclusters(Map<String, Long> options, String arch, OpenbsdRelease r) {
        Long set = options.get("NMBCLUSTERS");
        if (set != null) {
            return Knob.option("NMBCLUSTERS", set);
        }
        Long d = KernelDefaults.nmbclusters(arch, r);
        if (d == null) {
            return Knob.unknown("NMBCLUSTERS", "no documented default for " + where(arch, r));
        }
        return new Knob("NMBCLUSTERS", d, Knob.Source.DEFAULT, "NMBCLUSTERS " + d + " (default: i386 param.h)");
    }

    /**
     * NKMEMPAGES: a positive option wins (0 is the "size it at boot" value of the 3.x sources);
     * otherwise the default, which the kernel computes at boot from the RAM of the machine it
     * runs on.
     */
    static Knob nkmempages(Map<String, Long> options, String arch, KnobHistory h, Long physmemBytes) {
        Long set = options.get("NKMEMPAGES");
        if (set != null && set > 0) {
            return Knob.option("NKMEMPAGES", set);
        }
        Long page = KernelDefaults.pageSize(arch);
        Long physPages = physmemBytes == null || page == null ? null : physmemBytes / page;
        if (h.nkmempagesMinMax() == Known.YES) {
            Long min = options.getOrDefault("NKMEMPAGES_MIN",
                    KernelDefaults.isI386(arch) ? KernelDefaults.I386_NKMEMPAGES_MIN : null);
            Long max = options.getOrDefault("NKMEMPAGES_MAX",
                    KernelDefaults.isI386(arch) ? KernelDefaults.I386_NKMEMPAGES_MAX : null);
            if (min == null || max == null) {
                return Knob.unknown("NKMEMPAGES", "physmem/4 clamped to NKMEMPAGES_MIN and NKMEMPAGES_MAX,"
                        + " whose defaults are not documented for " + where(arch, h.release()));
            }
            String formula = "physmem/4 clamped to [" + min + ", " + max + "] (default"
                    + (options.containsKey("NKMEMPAGES_MIN") || options.containsKey("NKMEMPAGES_MAX")
                            ? "; bounds from the options" : "") + ")";
            if (physPages == null) {
                return new Knob("NKMEMPAGES", null, Knob.Source.UNKNOWN, "NKMEMPAGES = " + formula
                        + ": depends on the RAM of the machine that runs the kernel, not known here");
            }
            long n = KernelDefaults.nkmempagesClamped(physPages, min, max);
            return new Knob("NKMEMPAGES", n, Knob.Source.DEFAULT, "NKMEMPAGES " + n + " = " + formula);
        }
        if (h.nkmempagesMinMax() == Known.NO) {
            String formula = "min(physmem, 1 GB)/4 + (physmem - 1 GB)/64, lowered to fit"
                    + " VM_KERNEL_SPACE_SIZE (default)";
            if (physPages == null) {
                return new Knob("NKMEMPAGES", null, Knob.Source.UNKNOWN, "NKMEMPAGES = " + formula
                        + ": depends on the RAM of the machine that runs the kernel, not known here");
            }
            return new Knob("NKMEMPAGES", null, Knob.Source.UNKNOWN, "NKMEMPAGES at most "
                    + KernelDefaults.nkmempagesCurrent(physPages) + " = " + formula
                    + "; VM_KERNEL_SPACE_SIZE is not modelled for " + arch);
        }
        return Knob.unknown("NKMEMPAGES", "the kernel sizes it at boot from the RAM of the machine that"
                + " runs it, by a formula not documented for " + where(arch, h.release()));
    }

    static Knob maxKmapent(Map<String, Long> options, Long maxusers, OpenbsdRelease r) {
        Long set = options.get("MAX_KMAPENT");
        if (set != null) {
            return Knob.option("MAX_KMAPENT", set);
        }
        StringBuilder b = new StringBuilder("MAX_KMAPENT " + KernelDefaults.MAX_KMAPENT
                + " (default: NPROC undefined in uvm_map.h, so 1000");
        if (maxusers != null) {
            long nproc = KernelDefaults.nproc(maxusers);
            b.append("; maxusers ").append(maxusers).append(" does not change it, though NPROC = ")
                    .append(nproc).append(" would give ").append(50 + 2 * nproc);
        }
        if (!r.known()) {
            b.append("; read in the 3.x sources, release unknown");
        } else if (!r.before(4, 2)) {
            b.append("; read in the 3.x sources, not checked for release ").append(r);
        }
        return new Knob("MAX_KMAPENT", KernelDefaults.MAX_KMAPENT, Knob.Source.DEFAULT, b.append(')').toString());
    }

    static Knob bufcachePercent(Map<String, Long> options, String arch, OpenbsdRelease r) {
        Long set = options.get("BUFCACHEPERCENT");
        if (set != null) {
            return new Knob("BUFCACHEPERCENT", set, Knob.Source.OPTION, "BUFCACHEPERCENT " + set + " % (option)");
        }
        if ((KernelDefaults.isI386(arch) || KernelDefaults.isAmd64(arch)) && r.before(4, 2)) {
            return new Knob("BUFCACHEPERCENT", KernelDefaults.BUFCACHEPERCENT, Knob.Source.DEFAULT,
                    "BUFCACHEPERCENT " + KernelDefaults.BUFCACHEPERCENT + " % (default)");
        }
        return Knob.unknown("BUFCACHEPERCENT", "no documented default for " + where(arch, r)
                + "; machdep.c sets it per architecture (5 on i386 and amd64 in 3.x, 10 on sparc)");
    }

    static String where(String arch, OpenbsdRelease r) {
        return (arch == null ? "an unknown architecture" : arch) + (r.known() ? " " + r : " (release unknown)");
    }
}
