package dev.headroom.rules.openbsd;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Workspace;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.Rule;

/** A rule over the OpenBSD kernel inputs, with what the facts file's [openbsd] and [host] say. */
abstract class OpenbsdRule implements Rule<Workspace> {

    @Override
    public final void check(Workspace ws, Reporter out) {
        if (ws.openbsd() == null) {
            return;
        }
        HostFacts h = ws.facts() == null ? HostFacts.UNKNOWN : ws.facts();
        OpenbsdFacts f = h.openbsd() == null ? OpenbsdFacts.UNKNOWN : h.openbsd();
        // The RAM of a probed host is the machine headroom runs on, not the OpenBSD one.
        check(ws.openbsd(), f, OpenbsdKernel.physmem(h), out);
    }

    /**
     * @param physmem the machine's RAM from the facts file's {@code [host] ram}, or null
     */
    abstract void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out);

    /** A byte count as the docs write it: 134,215,680 bytes (128 MiB). */
    static String bytes(long n) {
        return String.format(java.util.Locale.ROOT, "%,d bytes (%s)", n, dev.headroom.model.Sizes.human(n));
    }
}
