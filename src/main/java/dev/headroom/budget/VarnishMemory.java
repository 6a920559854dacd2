package dev.headroom.budget;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.varnish.VarnishCommandLine;

/**
 * Varnish (DESIGN.md §3, "cache full"): its in-memory storages ({@code -s malloc,SIZE}) fill
 * up and stay, with the shared-memory log and the processes; steady and peak alike. Transient
 * storage is unbound unless named, which the basis says.
 */
final class VarnishMemory {

    private VarnishMemory() {
    }

    static ServiceMemory of(ServiceUnit u, HostFacts facts) {
        VarnishCommandLine cl = VarnishCommandLine.parse(u.argv());
        long base = Estimates.bytes("varnish.base");
        long full = base + cl.vslBytes() + cl.storageBytes();
        Long measured = facts.measured(Units.key(u.name()));
        long steady = measured != null ? Math.max(measured, full) : full;
        String storages = cl.storages().stream().filter(s -> !s.name().equals("Transient"))
                .map(s -> "-s " + s.argument()).reduce((a, b) -> a + " " + b).orElse("");
        String basis = "cache full: " + storages + " " + Sizes.human(cl.storageBytes()) + " + log "
                + Sizes.human(cl.vslBytes()) + " + processes " + Sizes.human(base) + " estimated"
                + (measured != null ? " (measured now " + Sizes.human(measured) + ")" : "")
                + (cl.transientBounded() ? "" : "; Transient storage unbound on top");
        var exec = u.get("ExecStart");
        return new ServiceMemory(u.name(), "varnish", steady, steady, Moment.ALWAYS, basis, measured == null,
                exec != null && exec.origin() != null ? exec.origin() : u.at());
    }
}
