package dev.headroom.model.openbsd;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenBSD release, "major.minor" as uname -r, dmesg ("OpenBSD 3.1 (windu) #0") and the
 * release notes write it, or {@link #UNKNOWN}. Suffixes such as {@code -current},
 * {@code -stable} and {@code -beta} are dropped: a stable branch has its release's kernel
 * knobs, and a snapshot named 7.6-current lies between 7.6 and 7.7, so it is taken as 7.6.
 * What each release has is in {@link KnobHistory}.
 *
 * <p>Releases compare by number; {@link #UNKNOWN} sorts before every release, and
 * {@link #atLeast} and {@link #before} are both false for it, so a question about an unknown
 * release never passes for an answer.
 */
public record OpenbsdRelease(int major, int minor) implements Comparable<OpenbsdRelease> {

    public static final OpenbsdRelease UNKNOWN = new OpenbsdRelease(-1, -1);

    private static final Pattern TEXT = Pattern.compile(
            "(?:openbsd\\s+)?(\\d{1,3})\\.(\\d{1,3})(?:-[a-z]+)?(?:\\s.*)?", Pattern.CASE_INSENSITIVE);

    public OpenbsdRelease {
        if ((major < 0 || minor < 0) && (major != -1 || minor != -1)) {
            throw new IllegalArgumentException("not a release: " + major + "." + minor);
        }
    }

    public static OpenbsdRelease of(int major, int minor) {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("not a release: " + major + "." + minor);
        }
        return new OpenbsdRelease(major, minor);
    }

    /** "3.3", "7.6-current", "OpenBSD 3.1 (windu) #0"; null or anything else is {@link #UNKNOWN}. */
    public static OpenbsdRelease parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return UNKNOWN;
        }
        return new OpenbsdRelease(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean known() {
        return major >= 0;
    }

    /** This release is {@code major.minor} or later; false when unknown. */
    public boolean atLeast(int major, int minor) {
        return known() && compareTo(new OpenbsdRelease(major, minor)) >= 0;
    }

    /** This release comes before {@code major.minor}; false when unknown. */
    public boolean before(int major, int minor) {
        return known() && compareTo(new OpenbsdRelease(major, minor)) < 0;
    }

    /** Within [from, to], both inclusive; false when unknown. */
    public boolean between(int fromMajor, int fromMinor, int toMajor, int toMinor) {
        return atLeast(fromMajor, fromMinor) && !atLeast(toMajor, toMinor + 1);
    }

    @Override
    public int compareTo(OpenbsdRelease o) {
        int c = Integer.compare(major, o.major);
        return c != 0 ? c : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return known() ? major + "." + minor : "unknown";
    }
}
