package dev.headroom.model.openbsd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.headroom.source.RootedFs;
import dev.headroom.source.SourceFile;

/**
 * The OpenBSD files named on the command line, told apart by their content: a saved
 * {@code vmstat -m} (its pool table header), a saved {@code netstat -m}, or else a kernel
 * configuration file. Collected into one {@link OpenbsdKernel}.
 */
public final class OpenbsdInputs {

    /**
     * Statements only a config(8) file has at the start of a line (all lower case, unlike
     * httpd's {@code Options}; an option name all upper case), so that a kernel configuration
     * with an {@code include} line, which httpd has too, is still told apart.
     */
    private static final Pattern KCONF = Pattern.compile(
            "(?m)^[ \\t]*(?:machine[ \\t]+[a-z0-9_]+[ \\t]*(?:#.*)?$|maxusers[ \\t]+[0-9]+[ \\t]*(?:#.*)?$"
                    + "|options?[ \\t]+\"?[A-Z_][A-Z0-9_]*(?:[=, \\t#]|$)|rmoptions?[ \\t]+[A-Z_]|pseudo-device[ \\t]+[a-z])");

    private final List<KernelConfig> kernels = new ArrayList<>();
    private VmstatPools vmstat;
    private String vmstatDisplay;
    private NetstatMbufs netstat;
    private String netstatDisplay;
    private NetstatSockets sockets;
    private String socketsDisplay;

    /**
     * Whether the head of a file is OpenBSD's: {@code vmstat -m} or {@code netstat -m} output,
     * or config(8) statements.
     */
    public static boolean recognises(String head) {
        return VmstatPools.recognises(head) || NetstatMbufs.recognises(head) || NetstatSockets.recognises(head)
                || KCONF.matcher(head).find();
    }

    /** Reads one file; returns why it could not be taken, or null. */
    public String add(RootedFs fs, String serverPath) {
        SourceFile f;
        try {
            f = fs.read(serverPath);
        } catch (IOException | RuntimeException e) {
            return "cannot read the file"
                    + (e instanceof java.nio.file.NoSuchFileException ? "" : ": " + e.getMessage());
        }
        if (VmstatPools.recognises(f.text())) {
            if (vmstat != null) {
                return "a second vmstat -m output; name one per run (" + vmstatDisplay + " is read)";
            }
            vmstat = VmstatPools.read(f.text());
            vmstatDisplay = f.display();
        } else if (NetstatSockets.recognises(f.text())) {
            if (sockets != null) {
                return "a second netstat -f inet output; put the samples in one file (" + socketsDisplay + " is read)";
            }
            sockets = NetstatSockets.read(f.text());
            socketsDisplay = f.display();
        } else if (NetstatMbufs.recognises(f.text())) {
            if (netstat != null) {
                return "a second netstat -m output; name one per run (" + netstatDisplay + " is read)";
            }
            netstat = NetstatMbufs.read(f.text());
            netstatDisplay = f.display();
        } else {
            kernels.add(KernelConfigReader.read(fs, serverPath));
        }
        return null;
    }

    /** What a file must be, when something other than its content says so (the facts file). */
    public enum Kind {
        KERNEL, VMSTAT_M, NETSTAT_M, NETSTAT_INET
    }

    /** Reads one file that must be of this kind; returns why it could not be taken, or null. */
    public String add(RootedFs fs, String serverPath, Kind kind) {
        if (kind == Kind.KERNEL) {
            if (!fs.exists(serverPath)) {
                return "no such file";
            }
            kernels.add(KernelConfigReader.read(fs, serverPath));
            return null;
        }
        SourceFile f;
        try {
            f = fs.read(serverPath);
        } catch (IOException | RuntimeException e) {
            return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : "cannot read the file: " + e.getMessage();
        }
        if (kind == Kind.NETSTAT_INET) {
            return NetstatSockets.recognises(f.text()) ? add(fs, serverPath)
                    : "not the output of netstat -f inet (no Active Internet connections with Recv-Q)";
        }
        boolean vm = kind == Kind.VMSTAT_M;
        if (vm ? !VmstatPools.recognises(f.text()) : !NetstatMbufs.recognises(f.text())) {
            return "not the output of " + (vm ? "vmstat -m (no pool table header)" : "netstat -m");
        }
        return add(fs, serverPath);
    }

    /** What was read, or null when nothing was. */
    public OpenbsdKernel build() {
        return OpenbsdKernel.of(kernels, vmstat, vmstatDisplay, netstat, netstatDisplay, sockets, socketsDisplay);
    }
}
