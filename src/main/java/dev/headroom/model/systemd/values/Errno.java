package dev.headroom.model.systemd.values;

/**
 * The errno values systemd's parsers return, with glibc's {@code strerror()} text: systemd
 * prints it through {@code %m} in messages such as
 * {@code Invalid memory limit '512m', ignoring: Invalid argument}.
 */
enum Errno {
    EINVAL("Invalid argument"),
    ERANGE("Numerical result out of range"),
    /** Used by {@code rlimit_parse()} for a soft limit above the hard limit. */
    EILSEQ("Invalid or incomplete multibyte or wide character");

    private final String text;

    Errno(String text) {
        this.text = text;
    }

    /** What {@code %m} prints for it. */
    String text() {
        return text;
    }

    /** A failure with this errno, as the C functions' negative return value. */
    ParseFailure failure() {
        return new ParseFailure(this);
    }
}
