package dev.headroom.model.mysql;

import static dev.headroom.model.mysql.MyTree.kinds;
import static dev.headroom.model.mysql.MyTree.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MySQLTuner's "maximum possible memory" (mysqltuner.pl 2.9.1 L7031–7146) over the values the
 * server takes, with MariaDB 10.11's defaults (mariadbd 10.11.19 --help --verbose) for the rest.
 */
class MysqlMemoryTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path root;

    private MysqlConfig my(String text) throws IOException {
        return new MyTree(root).my(text);
    }

    @Test
    void defaultsAlone() throws IOException {
        MysqlConfig c = my("[client]\nport = 3306\n");
        // 128M key + 128M pool + 16M log buffer + 1M query cache + 128M aria
        assertThat(c.globalBuffersBytes()).isEqualTo(401 * MIB);
        // 128K + 256K + 2M + 292K stack + 256K + 32K + min(16M, 16M)
        assertThat(c.perThreadBytes()).isEqualTo(131_072 + 262_144 + 2_097_152 + 299_008 + 262_144 + 32_768 + 16 * MIB);
        assertThat(c.maxConnections()).isEqualTo(151);
        assertThat(c.maxPossibleBytes()).isEqualTo(3_419_566_080L);
        assertThat(c.memory().global()).allMatch(s -> !s.isSet());
        assertThat(c.defaultsOf()).isEqualTo("MariaDB 10.11");
    }

    @Test
    void everyPartComesFromItsLine() throws IOException {
        MysqlConfig c = my("[mysqld]\nkey_buffer_size=1M\ninnodb_buffer_pool_size=2M\ninnodb_log_buffer_size=3M\n"
                + "query_cache_size=0\naria_pagecache_buffer_size=4M\nread_buffer_size=1K\nread_rnd_buffer_size=2K\n"
                + "sort_buffer_size=3K\nthread_stack=200K\njoin_buffer_size=5K\nbinlog_cache_size=6K\n"
                + "tmp_table_size=64M\nmax_heap_table_size=7K\nmax_connections=10\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.globalBuffersBytes()).isEqualTo(10 * MIB);
        assertThat(c.perThreadBytes()).isEqualTo((1 + 2 + 3 + 200 + 5 + 6 + 7) * 1024L);
        assertThat(c.maxPossibleBytes()).isEqualTo(10 * MIB + 10 * 224 * 1024L);
        MysqlSetting tmp = c.memory().perThread().get(6);
        assertThat(tmp.variable()).isEqualTo("min(tmp_table_size, max_heap_table_size)");
        assertThat(tmp.origin().line()).isEqualTo(14);
        assertThat(c.memory().perThread()).allMatch(MysqlSetting::isSet);
    }

    @Test
    void tmpMemoryTableSizeIsAnotherNameForTmpTableSize() throws IOException {
        MysqlConfig c = my("[mysqld]\ntmp_table_size = 2M\ntmp_memory_table_size = 1M\nmax_heap_table_size = 64M\n");
        assertThat(c.memory().perThread().get(6).value()).isEqualTo(MIB);
    }

    @Test
    void aUniquePrefixCountsAndSaysSo() throws IOException {
        MysqlConfig c = my("[mysqld]\nkey_buffer = 16M\nsort-buffer = 1M\n");
        assertThat(c.memory().global().get(0).value()).isEqualTo(16 * MIB);
        assertThat(c.memory().perThread().get(2).value()).isEqualTo(MIB);
        assertThat(problems(c)).first().isEqualTo("etc/mysql/my.cnf:2:1: info: Using unique option prefix 'key_buffer'"
                + " is error-prone and can break in the future. Please use the full name 'key_buffer_size' instead.");
    }

    @Test
    void anAmbiguousPrefixIsRefused() throws IOException {
        MysqlConfig c = my("[mysqld]\njoin_buffer = 1M\n");
        assertThat(problems(c)).containsExactly("etc/mysql/my.cnf:2:1: error: ambiguous option '--join_buffer'"
                + " (join_buffer_size, join_buffer_space_limit) — write the full name");
        assertThat(c.memory().perThread().get(4).isSet()).isFalse();
    }

    @Test
    void removedVariableIsRefusedUnlessLoose() throws IOException {
        assertThat(kinds(my("[mysqld]\ninnodb_additional_mem_pool_size = 16M\n")))
                .containsExactly(MysqlProblem.Kind.REMOVED_VARIABLE);
        assertThat(my("[mysqld]\nloose-innodb-additional-mem-pool-size = 16M\n").problems()).isEmpty();
    }

    @Test
    void maxConnectionsIsKeptInRange() throws IOException {
        MysqlConfig c = my("[mysqld]\nmax_connections = 0\n");
        assertThat(c.maxConnections()).isEqualTo(10);
        assertThat(problems(c)).containsExactly(
                "etc/mysql/my.cnf:2:1: warning: option 'max_connections': unsigned value 0 adjusted to 10");
    }

    @Test
    void onlyServerGroupsCount() throws IOException {
        MysqlConfig c = my("[myisamchk]\nkey_buffer_size = 512M\n[client]\nmax_connections = 5\n");
        assertThat(c.memory().global().get(0).isSet()).isFalse();
        assertThat(c.maxConnections()).isEqualTo(151);
    }

    @Test
    void hugeValuesSaturateInsteadOfOverflowing() throws IOException {
        MysqlConfig c = my("[mysqld]\nsort_buffer_size = 7E\nmax_connections = 100000\n");
        assertThat(c.maxPossibleBytes()).isEqualTo(Long.MAX_VALUE);
    }
}
