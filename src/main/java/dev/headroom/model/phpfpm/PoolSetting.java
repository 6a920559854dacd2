package dev.headroom.model.phpfpm;

import dev.headroom.source.Origin;

/**
 * One effective value of a php-fpm pool: what php-fpm runs with, the text it came from, and
 * the line that decided it.
 *
 * @param value  the value as php-fpm holds it after reading (an int for numbers, seconds for times)
 * @param text   the text after {@code =} once the INI parser has read it (quotes removed,
 *               {@code yes} become {@code 1}); null when no line sets it
 * @param origin the deciding line; null when the value is php-fpm's default (or its own adjustment)
 */
public record PoolSetting<T>(T value, String text, Origin origin) {

    public static <T> PoolSetting<T> byDefault(T value) {
        return new PoolSetting<>(value, null, null);
    }

    public boolean isSet() {
        return origin != null;
    }
}
