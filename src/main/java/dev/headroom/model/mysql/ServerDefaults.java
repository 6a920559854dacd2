package dev.headroom.model.mysql;

import java.util.Map;

/**
 * The compiled-in values of the memory variables, for MariaDB 10.11, the server of Debian 12
 * ({@code mariadb-server} 1:10.11): read from {@code mariadbd --no-defaults --help --verbose} of
 * 10.11.19 [RUN], and the same in the MariaDB 10.11 system-variable documentation. MySQL 8.0
 * differs (sort_buffer_size 256K, thread_stack 1M, no query cache, no Aria): headroom takes the
 * MariaDB values and says so.
 */
final class ServerDefaults {

    /** The server whose defaults these are. */
    static final String SERVER = "MariaDB 10.11";

    static final Map<String, Long> VALUES = Map.ofEntries(
            Map.entry("key_buffer_size", 134_217_728L),
            Map.entry("innodb_buffer_pool_size", 134_217_728L),
            Map.entry("innodb_log_buffer_size", 16_777_216L),
            Map.entry("query_cache_size", 1_048_576L),
            Map.entry("aria_pagecache_buffer_size", 134_217_728L),
            Map.entry("read_buffer_size", 131_072L),
            Map.entry("read_rnd_buffer_size", 262_144L),
            Map.entry("sort_buffer_size", 2_097_152L),
            Map.entry("thread_stack", 299_008L),
            Map.entry("join_buffer_size", 262_144L),
            Map.entry("binlog_cache_size", 32_768L),
            Map.entry("tmp_table_size", 16_777_216L),
            Map.entry("max_heap_table_size", 16_777_216L),
            Map.entry("max_connections", 151L));

    /** {@code max_connections} bounds: "unsigned value 0 adjusted to 10". */
    static final long MIN_CONNECTIONS = 10;
    static final long MAX_CONNECTIONS = 100_000;

    private ServerDefaults() {
    }
}
