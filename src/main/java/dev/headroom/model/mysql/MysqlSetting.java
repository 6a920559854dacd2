package dev.headroom.model.mysql;

import dev.headroom.source.Origin;

/**
 * One server variable of the memory formula with the value the server runs with.
 *
 * @param variable the variable ({@code key_buffer_size}), or a derived part such as
 *                 {@code min(tmp_table_size, max_heap_table_size)}
 * @param value    bytes (a count for {@code max_connections})
 * @param text     the value as written; null for a default
 * @param origin   the deciding line; null when it is the server's default ({@link ServerDefaults})
 */
public record MysqlSetting(String variable, long value, String text, Origin origin) {

    public static MysqlSetting byDefault(String variable, long value) {
        return new MysqlSetting(variable, value, null, null);
    }

    public boolean isSet() {
        return origin != null;
    }
}
