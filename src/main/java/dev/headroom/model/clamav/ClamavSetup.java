package dev.headroom.model.clamav;

import java.util.List;

import dev.headroom.source.SourceFile;

/**
 * ClamAV on the host: each clamd and each freshclam configuration found, with the unit that
 * runs it, and every file read (for suppressions).
 */
public record ClamavSetup(List<ClamdInstance> clamd, List<FreshclamInstance> freshclam, List<SourceFile> files,
        List<Unreadable> unreadable) {

    /**
     * A configuration file that cannot be read: the daemon says "Can't open/parse the config
     * file" and does not start.
     *
     * @param display the file as shown
     * @param unit    the unit whose daemon reads it, or null
     * @param reason  why it cannot be read
     * @param at      where the file is named: the unit's ExecStart=, or the file itself
     */
    public record Unreadable(String display, String unit, String reason, dev.headroom.source.Origin at) {
    }

    public ClamavSetup {
        clamd = List.copyOf(clamd);
        freshclam = List.copyOf(freshclam);
        files = List.copyOf(files);
        unreadable = List.copyOf(unreadable);
    }

    /** Several lone files as one; null for none. */
    public static ClamavSetup merge(List<ClamavSetup> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        List<ClamdInstance> c = new java.util.ArrayList<>();
        List<FreshclamInstance> f = new java.util.ArrayList<>();
        List<SourceFile> files = new java.util.ArrayList<>();
        List<Unreadable> unreadable = new java.util.ArrayList<>();
        for (ClamavSetup p : parts) {
            c.addAll(p.clamd());
            f.addAll(p.freshclam());
            files.addAll(p.files());
            unreadable.addAll(p.unreadable());
        }
        return new ClamavSetup(c, f, files, unreadable);
    }
}
