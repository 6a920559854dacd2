package dev.headroom.model.openbsd;

import dev.headroom.source.Origin;

/**
 * One kernel option as config(8) leaves it after every {@code option} and {@code rmoption}
 * line: the last {@code option NAME[=VALUE]} that set it and was not removed after.
 *
 * @param name      the option's name ({@code NMBCLUSTERS})
 * @param valueText the value as config(8) reads it, or null for {@code option NAME}
 * @param number    the value as a number (config(8)'s octal, hex and decimal), or null
 * @param origin    the line that set it (file:line:col of the name), with the includes that
 *                  brought that file in
 */
public record KernelOption(String name, String valueText, Long number, Origin origin) {
}
