/**
 * systemd 252's value parsers, reproduced exactly: what a unit file or {@code system.conf}
 * value means and, when systemd rejects it, the warning systemd prints for it.
 *
 * <p>Each public type is one kind of value with a {@code parse(key, value)} entry point that
 * mirrors the {@code config_parse_*()} function systemd's table
 * ({@code src/core/load-fragment-gperf.gperf.in}, {@code src/core/main.c}) names for that key:
 * {@link dev.headroom.model.systemd.values.TimeSpan} ({@code parse_sec()}),
 * {@link dev.headroom.model.systemd.values.MemoryLimit} ({@code config_parse_memory_limit()}),
 * {@link dev.headroom.model.systemd.values.ResourceLimit} ({@code config_parse_rlimit()}),
 * {@link dev.headroom.model.systemd.values.SystemdBoolean} ({@code parse_boolean()}), the
 * enumerations {@link dev.headroom.model.systemd.values.ServiceType},
 * {@link dev.headroom.model.systemd.values.OomPolicy} and
 * {@link dev.headroom.model.systemd.values.RestartPolicy}, and
 * {@link dev.headroom.model.systemd.values.Delegate}. A rejected value is an
 * {@link dev.headroom.model.systemd.values.InvalidValueException} whose message is systemd's
 * own text without the {@code file:line: } prefix; systemd then ignores the line and the
 * previous value stays (shared/domain.md C.3).
 *
 * <p>The value handed in is the right-hand side as {@code config_parse()} passes it, i.e. with
 * the surrounding whitespace already stripped; the parsers strip it again, which changes
 * nothing for such input. Numbers follow the C library the daemon was built with (glibc
 * {@code strtoll}/{@code strtoull}, including octal and hexadecimal where systemd passes base
 * 0), because a value that "looks wrong" but is accepted is exactly what headroom must not
 * flag. Sources: systemd v252-stable ({@code systemd/systemd-stable} tag {@code v252.31});
 * every behaviour was re-checked against 252.38 on Debian 12 by
 * {@code SystemdValueDifferentialTest}.
 *
 * <p>Quantities that systemd keeps as {@code uint64_t} (microseconds, bytes, rlimits) are held
 * in a Java {@code long} with the same 64 bits: values from 2^63 up read as negative, and
 * {@code -1} is systemd's {@code UINT64_MAX} ({@code USEC_INFINITY}, {@code RLIM_INFINITY}).
 */
package dev.headroom.model.systemd.values;
