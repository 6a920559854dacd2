package dev.headroom.config;

/**
 * A configuration headroom will not run with (exit code 2, like a bad flag): a {@code .headroom.ini}
 * that is not INI, an unknown section or key, a value out of range, a {@code HEADROOM_*} variable
 * that does not parse. The message is complete: {@code where: error: what — what to do}.
 */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
