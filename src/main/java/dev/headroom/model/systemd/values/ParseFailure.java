package dev.headroom.model.systemd.values;

/**
 * A low-level parse function's negative errno return ({@code -EINVAL}, {@code -ERANGE}),
 * before the {@code config_parse_*()} caller turns it into its warning text.
 */
final class ParseFailure extends Exception {

    private final Errno errno;

    ParseFailure(Errno errno) {
        super(errno.name(), null, false, false);
        this.errno = errno;
    }

    Errno errno() {
        return errno;
    }
}
