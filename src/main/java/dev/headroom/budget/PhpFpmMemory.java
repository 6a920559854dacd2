package dev.headroom.budget;

import java.util.ArrayList;
import java.util.List;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.model.phpfpm.PhpFpmMaster;
import dev.headroom.model.phpfpm.PhpFpmPool;
import dev.headroom.model.phpfpm.ProcessManager;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.SystemdConfig;
import dev.headroom.source.Origin;

/**
 * php-fpm (DESIGN.md §3): master + every pool at pm.max_children × child at a web peak
 * (capped by process.max). Steady: the children a pool keeps when idle — all of them for
 * {@code static}, pm.start_servers for {@code dynamic}, none for {@code ondemand}.
 */
final class PhpFpmMemory {

    private PhpFpmMemory() {
    }

    static ServiceMemory of(PhpFpmMaster master, SystemdConfig systemd, HostFacts facts) {
        String name = unitName(master, systemd);
        String key = Units.key(name);
        Sized child = Sized.of(facts, "php-fpm.child", key + ".child", "php-fpm.child");
        Sized main = Sized.of(facts, "php-fpm.master", key + ".parent", "php-fpm.parent");
        int idle = 0;
        PhpFpmPool biggest = null;
        List<String> pools = new ArrayList<>();
        for (PhpFpmPool p : master.pools()) {
            int n = p.pm().value() == ProcessManager.STATIC ? p.maxProcesses()
                    : p.pm().value() == ProcessManager.DYNAMIC && p.startServers().value() != null
                            ? Math.max(0, p.startServers().value()) : 0;
            idle += Math.min(n, p.maxProcesses());
            pools.add(p.name() + " " + p.maxProcesses());
            if (biggest == null || p.maxProcesses() > biggest.maxProcesses()) {
                biggest = p;
            }
        }
        int max = master.maxProcesses();
        idle = Math.min(idle, max);
        long peak = main.bytes() + (long) max * child.bytes();
        Sized whole = facts.measured(key) != null ? Sized.of(facts, "php-fpm.master", key) : null;
        long steady = whole != null ? whole.bytes() : main.bytes() + (long) idle * child.bytes();
        String basis = "peak: master " + main.basis() + " + " + max + " children (pm.max_children: "
                + String.join(", ", pools) + ") × " + child.basis() + " = " + Sizes.human(peak) + "; steady "
                + (whole != null ? whole.basis() : "master + " + idle + " idle children");
        Origin lever = biggest == null ? null : biggest.maxChildren().origin() != null ? biggest.maxChildren().origin()
                : biggest.origin();
        return new ServiceMemory(name, "php-fpm", steady, Math.max(peak, steady), Moment.WEB, basis,
                !child.measured(), lever);
    }

    /** The unit that runs this master (php8.2-fpm.service, php-fpm.service), else "php-fpm". */
    private static String unitName(PhpFpmMaster master, SystemdConfig systemd) {
        if (systemd != null) {
            for (ServiceUnit u : systemd.services()) {
                String exe = u.executable();
                if (!u.masked() && exe != null && exe.startsWith("php-fpm") && !u.name().contains("@.")) {
                    String conf = master.file();
                    // Debian: php-fpm8.2 runs /etc/php/8.2/fpm/php-fpm.conf
                    String version = exe.substring("php-fpm".length());
                    if (version.isEmpty() || conf.contains("/" + version + "/")) {
                        return u.name();
                    }
                }
            }
        }
        return "php-fpm";
    }
}
