package dev.headroom.model.openbsd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.headroom.source.Origin;

/**
 * An OpenBSD machine's kernel memory inputs: its kernel configurations, and the saved
 * {@code vmstat -m} and {@code netstat -m} outputs that show what the kernel uses.
 *
 * @param kernels        kernel configuration files, as config(8) builds them
 * @param vmstat         the pool statistics of {@code vmstat -m}, or null
 * @param vmstatDisplay  the file they were read from, as shown, or null
 * @param netstat        the {@code netstat -m} output, or null
 * @param netstatDisplay the file it was read from, as shown, or null
 * @param sockets        samples of {@code netstat -f inet} (Recv-Q, Send-Q), or null
 * @param socketsDisplay the file they were read from, as shown, or null
 */
public record OpenbsdKernel(List<KernelConfig> kernels, VmstatPools vmstat, String vmstatDisplay,
        NetstatMbufs netstat, String netstatDisplay, NetstatSockets sockets, String socketsDisplay) {

    /** Bytes per mbuf cluster. */
    public static final long MCLBYTES = KernelDefaults.MCLBYTES;

    public OpenbsdKernel {
        kernels = List.copyOf(kernels);
    }

    /** The inputs named together, or null when there is none. */
    public static OpenbsdKernel of(List<KernelConfig> kernels, VmstatPools vmstat, String vmstatDisplay,
            NetstatMbufs netstat, String netstatDisplay, NetstatSockets sockets, String socketsDisplay) {
        if (kernels.isEmpty() && vmstat == null && netstat == null && sockets == null) {
            return null;
        }
        return new OpenbsdKernel(new ArrayList<>(kernels), vmstat, vmstatDisplay, netstat, netstatDisplay, sockets,
                socketsDisplay);
    }

    /**
     * The RAM of the OpenBSD machine: the facts file's {@code [host] ram}; never the RAM of a
     * probed host, which is the machine headroom runs on, not the OpenBSD one.
     */
    public static Long physmem(dev.headroom.model.HostFacts h) {
        return h == null || h.live() != null ? null : h.ram();
    }

    /** The budget of every kernel configuration, with the facts. */
    public java.util.List<KernelMemory> memories(dev.headroom.model.HostFacts h) {
        OpenbsdFacts f = h == null || h.openbsd() == null ? OpenbsdFacts.UNKNOWN : h.openbsd();
        return kernels.stream().map(k -> memory(k, f, physmem(h))).toList();
    }

    /** The kernel memory budget of one configuration, with what the facts file says. */
    public static KernelMemory memory(KernelConfig k, OpenbsdFacts facts, Long physmem) {
        OpenbsdFacts f = facts == null ? OpenbsdFacts.UNKNOWN : facts;
        String arch = f.arch() != null ? f.arch() : k.machine();
        return KernelMemory.of(k.numericOptions(), k.maxusers(), arch, f.release(), physmem);
    }

    /**
     * The mbuf cluster pool's row: the release's name for it when known, else {@code mclpl}
     * (3.x) or {@code mcl2k} (from 5.0), whichever the output has.
     */
    public Optional<Pool> clusterPool(OpenbsdFacts facts) {
        if (vmstat == null) {
            return Optional.empty();
        }
        String name = facts == null ? null : KnobHistory.of(facts.release()).clusterPool();
        if (name != null) {
            return vmstat.pool(name);
        }
        Optional<Pool> p = vmstat.pool("mclpl");
        return p.isPresent() ? p : vmstat.pool("mcl2k");
    }

    /** The kernel's NMBCLUSTERS when the option is absent, or null when not documented. */
    public static Long defaultNmbclusters(String arch, OpenbsdRelease release) {
        return KernelDefaults.nmbclusters(arch, release);
    }

    /** Where a pool's row is in the saved output. */
    public Origin origin(Pool p) {
        return Origin.of(vmstatDisplay, p.line(), 1);
    }

    /** The pool's row as plain numbers, for {@link ClusterSizing}. */
    public static PoolNumbers numbers(Pool p) {
        return new PoolNumbers(p.name(), p.size(), p.requests(), p.fail(), p.npage(), p.hiwat(), p.maxpg());
    }
}
