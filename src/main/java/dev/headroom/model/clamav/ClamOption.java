package dev.headroom.model.clamav;

import java.util.Set;

/**
 * One entry of ClamAV's option table ({@code __clam_options[]}, {@code common/optparser.c}) that a
 * configuration file can set. An option that several tools share with different defaults or
 * flags appears once per table entry ({@code ReadTimeout} for clamd and for clamav-milter).
 *
 * @param index          the entry's position in the catalogue (table order: clamconf prints in
 *                       this order, and optparse() takes the first entry that matches a name)
 * @param name           the configuration-file name; null for an entry the table has only for
 *                       the command line
 * @param longName       the long command-line name, which optparse() accepts in a file too
 *                       ({@code log /var/log/clamd.log} sets {@code LogFile}); null when none
 * @param tools          the tools that read it from their file
 * @param type           the argument type
 * @param regex          the POSIX extended expression the argument must match; null for none
 * @param defaultNumber  the numeric default ({@code numarg}); -1 means none
 * @param defaultString  the string default ({@code strarg}); null means none. Paths are those of
 *                       Debian's build ({@code /var/lib/clamav}, {@code /etc/clamav/clamd.conf})
 * @param multiple       FLAG_MULTIPLE: every occurrence is kept, in order; otherwise the first wins
 * @param required       FLAG_REQUIRED (a command-line matter: the long option needs an argument)
 * @param hidden         FLAG_HIDDEN: left out of {@code clamconf --generate-config}
 * @param caseSensitive  FLAG_REG_CASE: the regex is matched case-sensitively (no entry has it
 *                       in ClamAV 1.4)
 * @param deprecated     OPT_DEPRECATED: the daemons warn and ignore it
 * @param help           the table's description (may hold newlines); empty when none
 */
public record ClamOption(int index, String name, String longName, Set<ClamTool> tools, ClamType type, String regex,
        long defaultNumber, String defaultString, boolean multiple, boolean required, boolean hidden,
        boolean caseSensitive, boolean deprecated, String help) {

    public ClamOption {
        tools = Set.copyOf(tools);
    }

    /** The name to show: the file name, or the long command-line name for a command-line entry. */
    public String displayName() {
        return name != null ? name : longName;
    }

    /** Whether optparse() takes a line starting with {@code written} for this entry. */
    public boolean answersTo(String written) {
        return written.equals(name) || written.equals(longName);
    }

    /** An entry the table has only for the command line (no file name, no clamconf line). */
    public boolean commandLineOnly() {
        return name == null;
    }

    public boolean readBy(ClamTool tool) {
        return tools.contains(tool);
    }

    /**
     * Whether the option is on when the file does not name it: {@code optadd()} enables an
     * option with a string default or a number default other than 0 and -1.
     */
    public boolean enabledByDefault() {
        return defaultString != null || (defaultNumber != 0 && defaultNumber != -1);
    }

    /** The first line of the help text. */
    public String summary() {
        int nl = help.indexOf('\n');
        return nl < 0 ? help : help.substring(0, nl);
    }
}
