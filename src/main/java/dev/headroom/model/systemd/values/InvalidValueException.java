package dev.headroom.model.systemd.values;

import java.util.ArrayList;
import java.util.List;

/**
 * A value systemd rejects. The message is the warning systemd logs for it through
 * {@code log_syntax()}, without the {@code file:line: } prefix, so a finding can quote systemd
 * word for word (e.g. {@code Failed to parse TimeoutStartSec= parameter, ignoring: 5S}).
 * systemd ignores such a line and keeps the previous value.
 *
 * <p>A few parsers log other warnings before they give up on the line ({@code Delegate=} names
 * each unknown controller before it reports bad quoting); {@link #warnings()} lists them all,
 * in systemd's order, ending with this message.
 */
public final class InvalidValueException extends Exception {

    private final String key;
    private final String value;
    private final List<String> warnings;

    public InvalidValueException(String key, String value, String message) {
        this(key, value, message, List.of());
    }

    public InvalidValueException(String key, String value, String message, List<String> earlierWarnings) {
        // No stack trace: this is an expected outcome of reading a config file, not a bug.
        super(message, null, false, false);
        this.key = key;
        this.value = value;
        List<String> all = new ArrayList<>(earlierWarnings);
        all.add(message);
        this.warnings = List.copyOf(all);
    }

    /** The key as written, without {@code =}. */
    public String key() {
        return key;
    }

    /** The rejected value, as systemd saw it (stripped). */
    public String value() {
        return value;
    }

    /** Every warning systemd prints for this line, the last being {@link #getMessage()}. */
    public List<String> warnings() {
        return warnings;
    }
}
