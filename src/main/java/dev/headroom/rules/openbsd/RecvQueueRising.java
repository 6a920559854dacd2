package dev.headroom.rules.openbsd;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.headroom.model.Severity;
import dev.headroom.model.openbsd.NetstatSockets;
import dev.headroom.model.openbsd.OpenbsdFacts;
import dev.headroom.model.openbsd.OpenbsdKernel;
import dev.headroom.rules.Reporter;
import dev.headroom.rules.RuleInfo;
import dev.headroom.source.Origin;

/**
 * Recv-Q growing from one {@code netstat -f inet} sample to the next for the sockets of one
 * local address: the application behind it does not read what arrives, and the data sits in
 * mbuf clusters in kernel memory. The paper (shared/seeds/002, 5.1 and 6.1): "It's a better
 * idea to improve the application performance in this area, than increasing NMBCLUSTERS".
 * Send-Q is left alone: it is the clients' bandwidth, which the server cannot change.
 */
public final class RecvQueueRising extends OpenbsdRule {

    static final RuleInfo INFO = new RuleInfo("BS305", "recv-queue-rising", Severity.WARNING, "openbsd",
            "Recv-Q grows across netstat samples: the application, not the kernel, is the bottleneck.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    void check(OpenbsdKernel kernel, OpenbsdFacts facts, Long physmem, Reporter out) {
        NetstatSockets s = kernel.sockets();
        if (s == null || s.samples().size() < 2) {
            return;
        }
        List<NetstatSockets.Sample> samples = s.samples();
        NetstatSockets.Sample first = samples.get(0);
        NetstatSockets.Sample last = samples.get(samples.size() - 1);
        Set<String> locals = new LinkedHashSet<>();
        last.sockets().forEach(x -> locals.add(x.local()));
        for (String local : locals) {
            long before = first.recvQ(local);
            long now = last.recvQ(local);
            if (now <= before || !rising(samples, local)) {
                continue;
            }
            NetstatSockets.Socket worst = last.sockets().stream().filter(x -> x.local().equals(local))
                    .max(java.util.Comparator.comparingLong(NetstatSockets.Socket::recvQ)).orElseThrow();
            out.report(Origin.of(kernel.socketsDisplay(), worst.line(), 1), "Recv-Q of " + local + " rose from "
                    + String.format(java.util.Locale.ROOT, "%,d", before) + " to "
                    + String.format(java.util.Locale.ROOT, "%,d", now) + " bytes over " + samples.size()
                    + " samples: the application on it does not read what arrives, and the data waits in mbuf "
                    + "clusters in kernel memory. Make the application keep up (CPU, workers, a slow backend) "
                    + "rather than raise NMBCLUSTERS; an empty Recv-Q also leaves room for Send-Q");
        }
    }

    /** Never falling from one sample to the next, so one burst that drained is not "rising". */
    private static boolean rising(List<NetstatSockets.Sample> samples, String local) {
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).recvQ(local) < samples.get(i - 1).recvQ(local)) {
                return false;
            }
        }
        return true;
    }
}
