package dev.headroom.model.sysctl;

/**
 * One file name the program considered, and what became of it.
 *
 * @param name      the base name, by which files are ordered and override one another
 * @param path      the path the program opens (for a file in sysctl.d, {@code DIR/name}, even
 *                  when that is a symlink elsewhere)
 * @param display   the path shown to people: the file the path leads to, relative to the root
 * @param status    whether it was read, and if not why
 * @param detail    for {@link Status#OVERRIDDEN} the path that wins instead; for
 *                  {@link Status#UNREADABLE} the reason; otherwise null
 */
public record SysctlFile(String name, String path, String display, Status status, String detail) {

    public enum Status {
        /** Read and applied. */
        READ,
        /** A file of the same name in a directory of higher priority is read instead. */
        OVERRIDDEN,
        /** A symlink to /dev/null: it reads as empty and hides lower-priority files of its name. */
        MASKED,
        /** A dangling symlink: the program ignores it silently, and it still hides the others. */
        MISSING,
        /** Could not be read (a directory, a device, too large, no permission). */
        UNREADABLE
    }
}
