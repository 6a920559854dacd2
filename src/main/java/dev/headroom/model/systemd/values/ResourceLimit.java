package dev.headroom.model.systemd.values;

/**
 * A {@code Limit*=} setting, e.g. {@code LimitNOFILE=}: the soft and hard
 * {@code setrlimit(2)} values systemd sets before it executes the service (systemd.exec(5)).
 * {@link #INFINITY} ({@code RLIM_INFINITY}) in either means unlimited; the other values are
 * unsigned.
 *
 * <p>Parsing is {@code config_parse_rlimit()} ({@code src/shared/conf-parser.c}) over
 * {@code rlimit_parse()} ({@code src/basic/rlimit-util.c}), v252: one value sets both,
 * {@code soft:hard} sets each (exactly one colon; {@code 1024:} and {@code :1024} are
 * invalid), a soft limit above the hard one is refused with its own warning. How each side is
 * read depends on the resource ({@code RlimitValue}): for {@code LimitNOFILE=} a plain
 * integer or {@code infinity}, 0 included, no suffixes (shared/domain.md C.11).
 *
 * <p>The manager's {@code DefaultLimitNOFILE=} is {@link #DEFAULT_NOFILE}, 1024:524288
 * (systemd-system.conf(5)): a soft limit safe for programs still using {@code select()}, and
 * a hard limit programs can raise themselves to. Whether a value above the kernel's
 * {@code fs.nr_open} works is decided only when the service starts; the parser accepts it.
 */
public record ResourceLimit(long soft, long hard) {

    /** {@code RLIM_INFINITY}. */
    public static final long INFINITY = RlimitValue.RLIM_INFINITY;

    /** systemd 252's compiled-in {@code DefaultLimitNOFILE=1024:524288}. */
    public static final ResourceLimit DEFAULT_NOFILE = new ResourceLimit(1024, 524288);

    /**
     * Reads {@code LimitX=} or {@code DefaultLimitX=} for any resource systemd knows.
     *
     * @throws IllegalArgumentException for a key that is not a resource limit
     */
    public static ResourceLimit parse(String key, String value) throws InvalidValueException {
        RlimitValue kind = RlimitValue.forKey(key);
        if (kind == null) {
            throw new IllegalArgumentException(key + "= is not a resource limit");
        }
        String v = Whitespace.rvalue(value);
        try {
            return parse(kind, v);
        } catch (ParseFailure e) {
            if (e.errno() == Errno.EILSEQ) {
                throw new InvalidValueException(key, v,
                        "Soft resource limit chosen higher than hard limit, ignoring: " + v);
            }
            throw new InvalidValueException(key, v, "Failed to parse resource value, ignoring: " + v);
        }
    }

    /** {@code rlimit_parse()}. */
    private static ResourceLimit parse(RlimitValue kind, String val) throws ParseFailure {
        WordExtractor fields = WordExtractor.colonFields(val);
        String soft = fields.next();
        if (soft == null) {
            throw Errno.EINVAL.failure();
        }
        long sl = kind.parse(soft);
        String hard = fields.next();
        if (!fields.restIsEmpty()) {
            throw Errno.EINVAL.failure();
        }
        if (hard == null) {
            return new ResourceLimit(sl, sl);
        }
        long hl = kind.parse(hard);
        if (Long.compareUnsigned(sl, hl) > 0) {
            throw Errno.EILSEQ.failure();
        }
        return new ResourceLimit(sl, hl);
    }

    public boolean softInfinite() {
        return soft == INFINITY;
    }

    public boolean hardInfinite() {
        return hard == INFINITY;
    }

    /** {@code rlimit_format()}: {@code infinity}, {@code 65536}, {@code 1024:524288}, {@code 1024:infinity}. */
    @Override
    public String toString() {
        if (softInfinite() && hardInfinite()) {
            return "infinity";
        }
        if (softInfinite()) {
            return "infinity:" + Long.toUnsignedString(hard);
        }
        if (hardInfinite()) {
            return Long.toUnsignedString(soft) + ":infinity";
        }
        if (soft == hard) {
            return Long.toUnsignedString(soft);
        }
        return Long.toUnsignedString(soft) + ":" + Long.toUnsignedString(hard);
    }
}
