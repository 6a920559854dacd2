package dev.headroom.model.openbsd;

/**
 * What the facts file's {@code [openbsd]} section says about the machine that runs the kernel:
 * what neither the kernel configuration nor {@code vmstat -m} tells.
 *
 * @param release the release the kernel is built from, possibly {@link OpenbsdRelease#UNKNOWN}
 * @param arch    the architecture, or null to take the configuration's {@code machine} line
 * @param peers   machines whose load one of them must be able to carry (1 alone, 2 for a
 *                load-balanced pair)
 * @param kernel  the kernel configuration file's path on the server, read under {@code --root},
 *                or null
 * @param vmstatM a saved {@code vmstat -m}'s path on the server, or null
 * @param netstatM a saved {@code netstat -m}'s path on the server, or null
 * @param netstatInet saved samples of {@code netstat -f inet} (Recv-Q, Send-Q), or null
 * @param mapentPanic whether the machine has panicked with "uvm_mapent_alloc: out of static map
 *                    entries", the one reason to raise MAX_KMAPENT
 */
public record OpenbsdFacts(OpenbsdRelease release, String arch, int peers, String kernel, String vmstatM,
        String netstatM, String netstatInet, boolean mapentPanic) {

    public static final OpenbsdFacts UNKNOWN = new OpenbsdFacts(OpenbsdRelease.UNKNOWN, null, 1, null, null, null,
            null, false);

    /** Whether the facts name files to read under the root. */
    public boolean namesFiles() {
        return kernel != null || vmstatM != null || netstatM != null || netstatInet != null;
    }

    /** The same, for a group of this many machines ({@code lint --peers N}). */
    public OpenbsdFacts withPeers(int n) {
        return new OpenbsdFacts(release, arch, n, kernel, vmstatM, netstatM, netstatInet, mapentPanic);
    }
}
