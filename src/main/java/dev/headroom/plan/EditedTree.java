package dev.headroom.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.headroom.model.Workspace;
import dev.headroom.source.RootedFs;

/**
 * The server as it would be with some edits written, without writing them: the edits laid over
 * the tree ({@link RootedFs#with}) and the tree read again by the same readers. {@code plan}
 * checks its edits this way and {@code tune} answers its what-ifs this way, so the model of an
 * edit is the model of exactly the text {@code apply} would write — unit settings, ClamAV and
 * php-fpm options and masks included, not only what a model-level shortcut knows of.
 */
public final class EditedTree {

    /** The tree with the edits over it, and the server read from it. */
    public record Read(RootedFs fs, Workspace workspace) {
    }

    private EditedTree() {
    }

    /**
     * @param base the server as read from {@code fs}: its host facts and OpenBSD inputs (named
     *             by the facts, not discovered) carry over; with no edit it is returned as is
     */
    public static Read of(RootedFs fs, Workspace base, List<FileEdit> edits) throws IOException {
        if (edits.isEmpty()) {
            return new Read(fs, base);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (FileEdit e : edits) {
            files.put("/" + e.file(), e.after().getBytes(StandardCharsets.ISO_8859_1));
        }
        RootedFs edited = fs.with(files);
        return new Read(edited, Workspace.discover(edited).withFacts(base.facts()).withOpenbsd(base.openbsd()));
    }

    /**
     * The measured sizes without the whole-httpd ones ({@code httpd}, or the configuration's
     * name): measured under the old MPM settings, they no longer hold once those change; the
     * per-child size still does.
     */
    public static Map<String, Long> withoutWholeHttpd(Map<String, Long> measured, List<String> httpdNames) {
        Map<String, Long> out = new LinkedHashMap<>(measured);
        out.remove("httpd");
        httpdNames.forEach(out::remove);
        return out;
    }
}
