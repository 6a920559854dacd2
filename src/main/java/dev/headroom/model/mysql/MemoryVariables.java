package dev.headroom.model.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the variables in the memory formula ({@link MysqlMemory}) as the server takes
 * them from its options, in reading order, the last one winning (mysqld handles the options it
 * is given one by one): names found as {@link ServerOptionNames} finds them (a unique prefix
 * counts, an ambiguous one is refused), {@code tmp_memory_table_size} being another name for
 * {@code tmp_table_size} (mariadbd 10.11 [RUN]), numbers as {@link OptionSize} reads them, and
 * {@code max_connections} kept within [10, 100000] ("adjusted to"). Unset variables take the
 * {@link ServerDefaults}. The server's block-size rounding is not applied.
 */
final class MemoryVariables {

    static final List<String> GLOBAL = List.of("key_buffer_size", "innodb_buffer_pool_size",
            "innodb_log_buffer_size", "query_cache_size", "aria_pagecache_buffer_size");
    static final List<String> PER_THREAD = List.of("read_buffer_size", "read_rnd_buffer_size", "sort_buffer_size",
            "thread_stack", "join_buffer_size", "binlog_cache_size");
    static final String TMP_TABLE = "tmp_table_size";
    static final String HEAP_TABLE = "max_heap_table_size";
    static final String CONNECTIONS = "max_connections";
    /** In MySQLTuner's formula, gone from MySQL 5.7 and MariaDB 10.2: mariadbd 10.11 does not know it. */
    static final String REMOVED = "innodb_additional_mem_pool_size";
    private static final Map<String, String> ALIASES = Map.of("tmp_memory_table_size", TMP_TABLE);

    private MemoryVariables() {
    }

    static boolean isFormulaVariable(String v) {
        return GLOBAL.contains(v) || PER_THREAD.contains(v) || v.equals(TMP_TABLE) || v.equals(HEAP_TABLE)
                || v.equals(CONNECTIONS);
    }

    static Map<String, MysqlSetting> resolve(List<MysqlOption> serverOptions, List<MysqlProblem> problems) {
        Map<String, MysqlSetting> set = new HashMap<>();
        for (MysqlOption o : serverOptions) {
            String name = o.name().replace('-', '_');
            boolean loose = OptionName.isLoose(o.name());
            if (loose) {
                name = name.substring("loose_".length());
            }
            if (name.equals(REMOVED)) {
                if (!loose) {
                    problems.add(new MysqlProblem(MysqlProblem.Kind.REMOVED_VARIABLE, o.origin(),
                            "unknown variable '" + o.name() + "': " + ServerDefaults.SERVER + " has no " + REMOVED
                                    + " (removed in MariaDB 10.2 and MySQL 5.7) — delete the line or write loose-" + REMOVED));
                }
                continue;
            }
            ServerOptionNames.Match m = ServerOptionNames.find(name);
            if (m.ambiguous()) {
                List<String> ours = new ArrayList<>(m.candidates());
                ours.removeIf(c -> !isFormulaVariable(ALIASES.getOrDefault(c, c)));
                if (!ours.isEmpty()) {
                    problems.add(new MysqlProblem(MysqlProblem.Kind.AMBIGUOUS_PREFIX, o.origin(), "ambiguous option '--"
                            + o.name() + "' (" + String.join(", ", m.candidates()) + ") — write the full name"));
                }
                continue;
            }
            if (m.option() == null) {
                continue;
            }
            String variable = ALIASES.getOrDefault(m.option(), m.option());
            if (!isFormulaVariable(variable)) {
                continue;
            }
            if (!m.exact(name)) {
                problems.add(new MysqlProblem(MysqlProblem.Kind.OPTION_PREFIX, o.origin(), "Using unique option prefix '"
                        + name + "' is error-prone and can break in the future. Please use the full name '"
                        + m.option() + "' instead."));
            }
            MysqlSetting s = setting(variable, o, problems);
            if (s != null) {
                set.put(variable, s);
            }
        }
        Map<String, MysqlSetting> out = new HashMap<>();
        for (Map.Entry<String, Long> d : ServerDefaults.VALUES.entrySet()) {
            out.put(d.getKey(), set.getOrDefault(d.getKey(), MysqlSetting.byDefault(d.getKey(), d.getValue())));
        }
        return out;
    }

    private static MysqlSetting setting(String variable, MysqlOption o, List<MysqlProblem> problems) {
        if (o.value() == null) {
            problems.add(new MysqlProblem(MysqlProblem.Kind.INVALID_VALUE, o.origin(),
                    "option '--" + o.name() + "' requires an argument"));
            return null;
        }
        OptionSize.Parsed p = OptionSize.parse(variable, o.value());
        if (p.error() != null) {
            problems.add(new MysqlProblem(MysqlProblem.Kind.INVALID_VALUE, o.origin(), p.error()));
            return null;
        }
        long v = p.bytes();
        if (variable.equals(CONNECTIONS) && (v < ServerDefaults.MIN_CONNECTIONS || v > ServerDefaults.MAX_CONNECTIONS)) {
            long adjusted = Math.max(ServerDefaults.MIN_CONNECTIONS, Math.min(ServerDefaults.MAX_CONNECTIONS, v));
            problems.add(new MysqlProblem(MysqlProblem.Kind.VALUE_ADJUSTED, o.origin(),
                    "option 'max_connections': unsigned value " + v + " adjusted to " + adjusted));
            v = adjusted;
        }
        return new MysqlSetting(variable, v, o.value(), o.origin());
    }
}
