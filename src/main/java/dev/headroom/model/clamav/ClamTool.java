package dev.headroom.model.clamav;

/**
 * The ClamAV programs that read a configuration file of their own, with the owner bit each has in
 * ClamAV's option table ({@code common/optparser.h}: OPT_CLAMD 1, OPT_FRESHCLAM 2, OPT_MILTER 4)
 * and the file name clamconf looks for in its directory.
 */
public enum ClamTool {
    CLAMD("clamd", "clamd.conf"),
    FRESHCLAM("freshclam", "freshclam.conf"),
    MILTER("milter", "clamav-milter.conf");

    private final String id;
    private final String fileName;

    ClamTool(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The name used in the option catalogue ({@code clamd}, {@code freshclam}, {@code milter}). */
    public String id() {
        return id;
    }

    /** The file's usual name, as clamconf reads it from its directory. */
    public String fileName() {
        return fileName;
    }

    public static ClamTool ofId(String id) {
        for (ClamTool t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no ClamAV tool " + id);
    }
}
