package dev.headroom.plan;

import java.util.List;

/**
 * One file the plan changes or creates.
 *
 * @param file    the file as shown (relative to the root)
 * @param create  whether the file is new (a drop-in); else an edit in place
 * @param before  its text now (ISO-8859-1, byte for byte), empty for a new file
 * @param after   its text with the plan
 * @param fixes   the rules whose findings it fixes, e.g. CL301
 * @param changes what changes, one line each ("MaxRequestWorkers 80 → 30")
 */
public record FileEdit(String file, boolean create, String before, String after, List<String> fixes,
        List<String> changes) {

    public FileEdit {
        fixes = List.copyOf(fixes);
        changes = List.copyOf(changes);
    }
}
