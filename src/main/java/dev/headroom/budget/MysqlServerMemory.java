package dev.headroom.budget;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Sizes;
import dev.headroom.model.mysql.MysqlConfig;
import dev.headroom.model.systemd.ServiceUnit;
import dev.headroom.model.systemd.SystemdConfig;

/**
 * MySQL/MariaDB with the widely used "maximum possible" formula (MySQLTuner, domain.md F.2):
 * global buffers + per-thread buffers × max_connections at a web peak. Steady is the global
 * buffers (allocated as they fill, kept once filled), or the measured size.
 */
final class MysqlServerMemory {

    private static final String[] UNITS = {"mariadb.service", "mysql.service", "mysqld.service"};

    private MysqlServerMemory() {
    }

    /**
     * Null when the tree has units but none runs a server and nothing measured one: my.cnf comes
     * with the client packages too.
     */
    static ServiceMemory of(MysqlConfig c, SystemdConfig systemd, HostFacts facts) {
        String name = unitName(systemd);
        String key = Units.key(name);
        if (systemd != null && name.equals("mysql") && facts.measured("mysql") == null) {
            return null;
        }
        long peak = c.maxPossibleBytes();
        Long measured = facts.measured(key) != null ? facts.measured(key) : facts.measured("mysql");
        long steady = measured != null ? measured : c.globalBuffersBytes();
        String basis = "peak: global buffers " + Sizes.human(c.globalBuffersBytes()) + " + " + c.maxConnections()
                + " connections × " + Sizes.human(c.perThreadBytes()) + " per thread = " + Sizes.human(peak)
                + " (MySQLTuner's maximum possible; unset variables: " + c.defaultsOf() + " defaults); steady "
                + (measured != null ? Sizes.human(measured) + " measured" : "the global buffers");
        var maxConn = c.memory().maxConnections();
        return new ServiceMemory(name, "mysql", steady, Math.max(peak, steady), Moment.WEB, basis, false,
                maxConn == null ? null : maxConn.origin());
    }

    private static String unitName(SystemdConfig systemd) {
        if (systemd != null) {
            for (String n : UNITS) {
                for (ServiceUnit u : systemd.services()) {
                    if (u.name().equals(n) && !u.masked()) {
                        return n;
                    }
                }
            }
        }
        return "mysql";
    }
}
