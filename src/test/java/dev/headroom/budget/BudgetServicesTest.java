package dev.headroom.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.HostFacts;
import dev.headroom.model.Workspace;
import dev.headroom.testing.ScratchTree;

/** Each service's figures from its configuration, as DESIGN.md §3's formulas give them. */
class BudgetServicesTest {

    private static final long M = 1L << 20;

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        ScratchTree.write(root, path, text);
    }

    private void enable(String unit) throws IOException {
        ScratchTree.enable(root, unit);
    }

    private Budget budget(Map<String, Long> measured) {
        Workspace ws = Workspace.discover(root).withFacts(new HostFacts(4096 * M, 0L, 2, measured, "test"));
        return BudgetBuilder.of(ws, null, null);
    }

    @Test
    void phpFpmIsMasterPlusMaxChildrenAtItsPeak() throws IOException {
        write("etc/php/8.2/fpm/php-fpm.conf", "[global]\ninclude=/etc/php/8.2/fpm/pool.d/*.conf\n");
        write("etc/php/8.2/fpm/pool.d/www.conf", "[www]\nuser = www-data\nlisten = /run/php.sock\npm = dynamic\n"
                + "pm.max_children = 12\npm.start_servers = 3\npm.min_spare_servers = 2\npm.max_spare_servers = 4\n");
        write("etc/php/8.2/fpm/pool.d/shop.conf", "[shop]\nuser = www-data\nlisten = /run/shop.sock\npm = static\n"
                + "pm.max_children = 5\n");
        write("lib/systemd/system/php8.2-fpm.service", "[Service]\nExecStart=/usr/sbin/php-fpm8.2 --nodaemonize\n");
        enable("php8.2-fpm.service");
        ServiceMemory m = budget(Map.of("php-fpm.child", 50 * M, "php-fpm.parent", 9 * M))
                .service("php8.2-fpm.service");
        assertThat(m.peak()).isEqualTo(9 * M + 17 * 50 * M);
        // idle: dynamic keeps start_servers (3), static all of its 5
        assertThat(m.steady()).isEqualTo(9 * M + 8 * 50 * M);
        assertThat(m.moment()).isEqualTo(Moment.WEB);
        assertThat(m.estimated()).isFalse();
    }

    @Test
    void mysqlIsMysqltunersMaximumPossible() throws IOException {
        write("etc/mysql/my.cnf", "[mysqld]\nmax_connections = 20\ninnodb_buffer_pool_size = 256M\n"
                + "key_buffer_size = 16M\ninnodb_log_buffer_size = 16M\nsort_buffer_size = 2M\n"
                + "read_buffer_size = 128K\nread_rnd_buffer_size = 256K\njoin_buffer_size = 256K\n"
                + "thread_stack = 256K\nbinlog_cache_size = 32K\ntmp_table_size = 16M\nmax_heap_table_size = 32M\n");
        write("lib/systemd/system/mariadb.service", "[Service]\nExecStart=/usr/sbin/mariadbd\n");
        enable("mariadb.service");
        ServiceMemory m = budget(Map.of()).service("mariadb.service");
        long perThread = (2048 + 128 + 256 + 256 + 256 + 32 + 16 * 1024) * 1024L;
        assertThat(m.peak()).isEqualTo(m.steady() + 20 * perThread);
        assertThat(m.steady()).isGreaterThanOrEqualTo((256 + 16 + 16) * M);
    }

    @Test
    void aDaemonWhoseUnitIsNotEnabledIsLeftOut() throws IOException {
        write("lib/systemd/system/varnish.service",
                "[Service]\nExecStart=/usr/sbin/varnishd -a :6081 -s malloc,256m\n[Install]\nWantedBy=multi-user.target\n");
        assertThat(budget(Map.of()).service("varnish.service")).isNull();
        enable("varnish.service");
        ServiceMemory v = budget(Map.of()).service("varnish.service");
        // storage + the 80 MiB shared-memory log + the processes' estimate
        assertThat(v.steady()).isEqualTo((256 + 80 + 10) * M);
        assertThat(v.peak()).isEqualTo(v.steady());
    }
}
