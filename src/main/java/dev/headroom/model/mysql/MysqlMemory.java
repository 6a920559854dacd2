package dev.headroom.model.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The most memory the server's buffers can take, by MySQLTuner's formula ({@code mysqltuner.pl}
 * 2.9.1, {@code major/MySQLTuner-perl@7d798ae}, L7031–7146, the branch for MariaDB and for MySQL
 * without the TempTable engine):
 * <pre>
 * global     = key_buffer_size + innodb_buffer_pool_size + innodb_log_buffer_size
 *              + query_cache_size + aria_pagecache_buffer_size
 * per thread = read_buffer_size + read_rnd_buffer_size + sort_buffer_size + thread_stack
 *              + join_buffer_size + binlog_cache_size + min(tmp_table_size, max_heap_table_size)
 * max        = global + max_connections × per thread
 * </pre>
 * MySQLTuner also adds {@code innodb_additional_mem_pool_size} where the server still has it (not
 * MariaDB 10.11: 0 here) and the performance schema's memory, which only a running server can
 * tell ({@code get_pf_memory()}): not counted.
 *
 * @param global         the global buffers, in the formula's order
 * @param perThread      the per-thread buffers, the temporary-table part last
 * @param maxConnections {@code max_connections}
 */
public record MysqlMemory(List<MysqlSetting> global, List<MysqlSetting> perThread, MysqlSetting maxConnections) {

    public MysqlMemory {
        global = List.copyOf(global);
        perThread = List.copyOf(perThread);
    }

    static MysqlMemory of(Map<String, MysqlSetting> v) {
        List<MysqlSetting> g = new ArrayList<>();
        MemoryVariables.GLOBAL.forEach(n -> g.add(v.get(n)));
        List<MysqlSetting> t = new ArrayList<>();
        MemoryVariables.PER_THREAD.forEach(n -> t.add(v.get(n)));
        MysqlSetting tmp = v.get(MemoryVariables.TMP_TABLE);
        MysqlSetting heap = v.get(MemoryVariables.HEAP_TABLE);
        // MySQLTuner: tmp_table_size > max_heap_table_size ? max_heap_table_size : tmp_table_size
        MysqlSetting smaller = tmp.value() > heap.value() ? heap : tmp;
        t.add(new MysqlSetting("min(tmp_table_size, max_heap_table_size)", smaller.value(), smaller.text(),
                smaller.origin()));
        return new MysqlMemory(g, t, v.get(MemoryVariables.CONNECTIONS));
    }

    /** Every variable of the formula, global buffers first, then per-thread ones, then max_connections. */
    public java.util.List<MysqlSetting> all() {
        java.util.List<MysqlSetting> out = new java.util.ArrayList<>(global);
        out.addAll(perThread);
        out.add(maxConnections);
        return out;
    }

    /** The variable of the formula of this name, or null. */
    public MysqlSetting get(String variable) {
        return all().stream().filter(m -> m.variable().equals(variable)).findFirst().orElse(null);
    }

    public long globalBytes() {
        return sum(global);
    }

    public long perThreadBytes() {
        return sum(perThread);
    }

    /** {@code global + max_connections × per thread}, saturating at {@link Long#MAX_VALUE}. */
    public long maxPossibleBytes() {
        long threads;
        try {
            threads = Math.multiplyExact(maxConnections.value(), perThreadBytes());
            return Math.addExact(globalBytes(), threads);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long sum(List<MysqlSetting> parts) {
        long s = 0;
        for (MysqlSetting p : parts) {
            s = s > Long.MAX_VALUE - p.value() ? Long.MAX_VALUE : s + p.value();
        }
        return s;
    }
}
