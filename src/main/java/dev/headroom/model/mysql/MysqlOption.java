package dev.headroom.model.mysql;

import dev.headroom.source.Origin;

/**
 * One option line of an option file as the server's reader hands it on ({@code --name=value}
 * after {@code mysys/my_default.c} has removed the comment, the quotes and the escapes).
 *
 * @param group  the group it is in, as written ({@code mysqld}, {@code client-server}, ...)
 * @param name   the name as written, {@code loose-} and all
 * @param value  the value; null for a lone name ({@code skip-name-resolve})
 * @param origin the line
 */
public record MysqlOption(String group, String name, String value, Origin origin) {

    /** The name the server looks up: see {@link OptionName}. */
    public String variable() {
        return OptionName.variable(name);
    }
}
