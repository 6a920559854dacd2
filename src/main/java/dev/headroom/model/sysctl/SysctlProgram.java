package dev.headroom.model.sysctl;

import java.util.List;

/**
 * The program that applies the sysctl files at boot, and so decides what wins. They agree on
 * the line syntax and on most of the precedence, but not on everything.
 *
 * <p><b>systemd-sysctl</b> (systemd 252, src/sysctl/sysctl.c and src/basic/conf-files.c; this is
 * what Debian 12 runs: its {@code procps.service} is a symlink to {@code systemd-sysctl.service}):
 * <ul>
 *   <li>Directories {@code /etc/sysctl.d}, {@code /run/sysctl.d}, {@code /usr/local/lib/sysctl.d},
 *       {@code /usr/lib/sysctl.d} ({@code CONF_PATHS_STRV("sysctl.d")}, src/basic/def.h), plus
 *       {@code /lib/sysctl.d} only in split-usr builds; Debian 12's binary is not one (its
 *       strings hold the four paths and no {@code /lib/sysctl.d}). Directories that are
 *       symlinks to one another count once ({@code path_strv_resolve_uniq}).</li>
 *   <li>Only {@code *.conf}, hidden names skipped ({@code FOREACH_DIRENT},
 *       {@code hidden_or_backup_file}). A name found in an earlier directory hides the same
 *       name in later ones, whatever it is: a {@code /dev/null} symlink masks (reads as empty),
 *       and a dangling symlink masks too (the open fails with ENOENT, which is ignored).</li>
 *   <li>The winners are read in {@code strcmp} order of their names, across directories.</li>
 *   <li>{@code /etc/sysctl.conf} is <em>not</em> read (systemd NEWS for 207: "The systemd-sysctl
 *       tool no longer natively reads the file /etc/sysctl.conf. If desired, the file should be
 *       symlinked from /etc/sysctl.d/99-sysctl.conf"); Debian's systemd package ships that link,
 *       so there it is read as {@code 99-sysctl.conf} and a later name such as
 *       {@code 99-zzz.conf} overrides it.</li>
 *   <li>Per key, an ordered map: a later line with a different value (or an exclusion) replaces
 *       the earlier one and moves to the end; the same value again only merges the
 *       ignore-failure flag and keeps its place (parse_file).</li>
 * </ul>
 *
 * <p><b>procps {@code sysctl --system}</b> (procps-ng 4.0.2 src/sysctl.c PreloadSystem; used
 * where systemd is not the init, e.g. Debian's {@code /etc/init.d/procps}):
 * <ul>
 *   <li>Directories as above plus {@code /lib/sysctl.d}, in that order, same-name rule as above,
 *       names sorted with {@code strcmp}; hidden {@code .x.conf} files are read too.</li>
 *   <li>Then {@code /etc/sysctl.conf} last, if it is a regular file (stat, so a symlink to one
 *       counts). With Debian's {@code 99-sysctl.conf} link it is therefore read twice, and its
 *       values beat every file in sysctl.d, {@code 99-zzz.conf} included.</li>
 *   <li>Lines are kept in a list and written in order, so the last assignment wins; an
 *       exclusion only keeps globs away and never unsets an earlier assignment.</li>
 * </ul>
 */
public enum SysctlProgram {

    SYSTEMD_SYSCTL("systemd-sysctl",
            List.of("/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d"),
            false, true, true),
    PROCPS_SYSTEM("sysctl --system",
            List.of("/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d",
                    "/lib/sysctl.d"),
            true, false, false);

    /** The file procps reads after the directories; systemd-sysctl reads it only through a link. */
    public static final String SYSCTL_CONF = "/etc/sysctl.conf";

    private final String displayName;
    private final List<String> directories;
    private final boolean readsSysctlConfLast;
    private final boolean systemdSemantics;
    private final boolean skipsHiddenFiles;

    SysctlProgram(String displayName, List<String> directories, boolean readsSysctlConfLast,
            boolean systemdSemantics, boolean skipsHiddenFiles) {
        this.displayName = displayName;
        this.directories = directories;
        this.readsSysctlConfLast = readsSysctlConfLast;
        this.systemdSemantics = systemdSemantics;
        this.skipsHiddenFiles = skipsHiddenFiles;
    }

    public String displayName() {
        return displayName;
    }

    /** The sysctl.d directories, highest priority first. */
    public List<String> directories() {
        return directories;
    }

    /** Whether {@code /etc/sysctl.conf} is read after all of sysctl.d. */
    public boolean readsSysctlConfLast() {
        return readsSysctlConfLast;
    }

    /** Whether directories reached through symlinks are read once only. */
    public boolean mergesAliasedDirectories() {
        return systemdSemantics;
    }

    /** Whether {@code .name.conf} is skipped. */
    public boolean skipsHiddenFiles() {
        return skipsHiddenFiles;
    }

    /** Whether a repeated identical assignment keeps the place of the first one. */
    public boolean keepsPlaceOfRepeatedValue() {
        return systemdSemantics;
    }

    /** Whether an exclusion after an assignment of the same key cancels the assignment. */
    public boolean exclusionCancelsAssignment() {
        return systemdSemantics;
    }
}
