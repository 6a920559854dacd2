package dev.headroom.model.systemd.values;

import java.util.Locale;

/**
 * {@code DEFINE_CONFIG_PARSE_ENUM()} of {@code src/shared/conf-parser.h} (v252): the value must
 * be one of the string table's names exactly ({@code streq}, so case matters and the empty
 * value is invalid too), else systemd logs {@code MSG, ignoring: VALUE} and keeps the
 * previous value.
 */
final class SystemdEnum {

    /** What every enumeration here offers: its name in systemd's string table. */
    interface Named {
        String systemdName();
    }

    private SystemdEnum() {
    }

    static <E extends Enum<E> & Named> E parse(Class<E> type, String key, String value, String message)
            throws InvalidValueException {
        String v = Whitespace.rvalue(value);
        for (E e : type.getEnumConstants()) {
            if (e.systemdName().equals(v)) {
                return e;
            }
        }
        throw new InvalidValueException(key, v, message + ", ignoring: " + v);
    }

    /** {@code SIMPLE} → {@code simple}, {@code ON_FAILURE} → {@code on-failure}. */
    static String nameOf(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
