package dev.headroom.model.sysctl;

import dev.headroom.lang.sysctl.SysctlKey;
import dev.headroom.source.Origin;

/**
 * One line of one file as the program applies it.
 *
 * @param key           the normalised key (or glob pattern)
 * @param value         the value to write; null for an exclusion ({@code -key} without {@code =})
 * @param ignoreFailure whether the line starts with {@code -} (merged over repeated identical
 *                      lines, as systemd-sysctl does)
 * @param origin        the line, in the file the listed path leads to, via the listed path
 *                      when that is a symlink
 */
public record SysctlAssignment(SysctlKey key, String value, boolean ignoreFailure, Origin origin) {

    public boolean isExclusion() {
        return value == null;
    }
}
