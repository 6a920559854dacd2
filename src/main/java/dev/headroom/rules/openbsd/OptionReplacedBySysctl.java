package dev.headroom.rules.openbsd;

import java.util.List;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.KernelConfig;
import dev.headroom.model.openbsd.KernelOption;
import dev.headroom.model.openbsd.KnobHistory;
import dev.headroom.model.openbsd.Known;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.RuleInfo;

/**
 * A kernel option the release has replaced (by a sysctl or another option) or dropped, from
 * {@link KnobHistory}. Says nothing when the release is not known.
 */
public final class OptionReplacedBySysctl extends OpenbsdRule {

    static final RuleInfo INFO = new RuleInfo("BS101", "option-replaced-by-sysctl", Severity.WARNING, "openbsd",
            "A kernel option that the kernel's release has replaced by a sysctl or another option, or dropped.");

    private static final List<String> KNOBS = List.of("NMBCLUSTERS", "BUFCACHEPERCENT", "NKMEMCLUSTERS",
            "NKMEMPAGES_MIN", "NKMEMPAGES_MAX");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        if (!facts.release().known()) {
            return;
        }
        KnobHistory h = KnobHistory.of(facts.release());
        for (KernelConfig k : kernel.kernels()) {
            for (String name : KNOBS) {
                KernelOption o = k.option(name);
                if (o == null) {
                    continue;
                }
                String message = message(h, o);
                if (message != null) {
                    out.report(o.origin(), message);
                }
            }
        }
    }

    private static String message(KnobHistory h, KernelOption o) {
        String r = h.release().toString();
        String value = o.valueText() == null ? "" : o.valueText();
        String replacement = h.replacementFor(o.name());
        if (replacement != null && replacement.contains(".")) {
            return o.name() + ": OpenBSD " + r + " has the sysctl " + replacement + ", which this option only"
                    + " gives its boot value; set " + replacement + "=" + value + " in /etc/sysctl.conf instead of"
                    + " building a kernel";
        }
        if (replacement != null) {
            return o.name() + " is obsolete in OpenBSD " + r + ": use " + replacement + " instead"
                    + (h.nkmemclustersError() == Known.YES ? " (the build stops with '#error NKMEMCLUSTERS is"
                            + " obsolete')" : "");
        }
        if (h.obsolete(o.name()) == Known.YES) {
            return o.name() + " is no longer read by OpenBSD " + r + "'s kernel: remove it";
        }
        return null;
    }
}
