package dev.headroom.model.systemd;

import dev.headroom.source.Origin;

/**
 * An effective value of a unit and where it comes from.
 *
 * @param value  a {@code TimeSpan}, {@code MemoryLimit}, {@code ResourceLimit}, an enum or a
 *               string, already parsed
 * @param origin the assignment that set it; for a manager default, the system.conf line that
 *               set the default; null for systemd's compiled-in default
 * @param basis  how it was decided when no assignment in the unit set it (e.g.
 *               "DefaultOOMPolicy", "Delegate=yes", "Type=oneshot"), else null
 */
public record UnitSetting(Object value, Origin origin, String basis) {
}
