package dev.headroom.model.openbsd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a person reading the kernel memory budget should know that its figures do not say. */
final class KernelNotes {

    private KernelNotes() {
    }

    static List<String> of(Map<String, Long> options, KnobHistory h, Knob nkmempages, String arch, Long physmem) {
        List<String> notes = new ArrayList<>();
        if (nkmempages.source() == Knob.Source.OPTION) {
            notes.add(buildHost(options, h, arch, physmem, nkmempages.value()));
        } else {
            // domain.md E.2: kmeminit_nkmempages() reads the running kernel's physmem; the paper
            // calls the default "compile-time", which it is not.
            notes.add("NKMEMPAGES is not set, so the kernel sizes kmem_map at boot from the RAM of the machine"
                    + " it runs on; a kernel built on another machine does not inherit that machine's RAM.");
        }
        if (options.containsKey("NKMEMCLUSTERS")) {
            notes.add(nkmemclusters(h));
        }
        for (String o : List.of("NKMEMPAGES_MIN", "NKMEMPAGES_MAX")) {
            if (options.containsKey(o) && h.obsolete(o) == Known.YES) {
                notes.add(o + " is not used by release " + h.release() + ": its kern_malloc.c bounds kmem_map by"
                        + " VM_KERNEL_SPACE_SIZE instead.");
            }
        }
        notes.add("Not counted: the kernel itself, the structures that manage RAM and swap (they grow with RAM:"
                + " \"More RAM leaves less space for other maps in KVM\"), exec_map and pager_map, and the virtual"
                + " space of the buffer headers (nbuf × MAXBSIZE), which can exceed the buffer cache's pages.");
        return List.copyOf(notes);
    }

    /**
     * [INF, domain.md E.2] The paper warns that a kernel compiled on another machine inherits
     * that machine's RAM-based default. That is only so when NKMEMPAGES was set by hand from the
     * build host's {@code sysctl vm.nkmempages}, as the paper advises; the default itself is
     * computed at boot.
     */
    private static String buildHost(Map<String, Long> options, KnobHistory h, String arch, Long physmem, long set) {
        Map<String, Long> unset = new HashMap<>(options);
        unset.remove("NKMEMPAGES");
        Long own = KernelKnobs.nkmempages(unset, arch, h, physmem).value();
        String compare = own == null ? "check it against physmem/4 of the machine that runs the kernel"
                : own == set ? "it equals what this machine would choose by itself (" + own + ")"
                : "this machine would choose " + own + " by itself";
        return "NKMEMPAGES is fixed at " + set + ". If it was copied from `sysctl -n vm.nkmempages` on the"
                + " machine that built the kernel, it carries that machine's RAM: " + compare + ".";
    }

    private static String nkmemclusters(KnobHistory h) {
        switch (h.nkmemclustersError()) {
            case YES:
                return "NKMEMCLUSTERS is obsolete: kern_malloc.c of release " + h.release() + " stops the build"
                        + " (#error NKMEMCLUSTERS is obsolete); use NKMEMPAGES or let the kernel size kmem_map.";
            case NO:
                return "NKMEMCLUSTERS is obsolete and unused in release " + h.release() + ": remove it.";
            default:
                return "NKMEMCLUSTERS is obsolete from 3.1 (replaced by NKMEMPAGES); releases 3.1 to 4.4 refuse"
                        + " to build with it.";
        }
    }
}
