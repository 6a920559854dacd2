package dev.headroom.config;

/**
 * One configured value and where it was set, for messages: {@code .headroom.ini:3:1}, an
 * environment variable's name ({@code HEADROOM_SELECT}) or a flag ({@code --select}).
 */
public record Setting(String value, String where) {
}
