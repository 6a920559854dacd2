package dev.headroom.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.headroom.model.Finding;
import dev.headroom.source.Origin;
import dev.headroom.source.SourceFile;

/**
 * Inline suppressions, written as a comment: {@code # headroom: ignore=HT301,SD102 -- reason}
 * on the line above the finding, or {@code # headroom: file-ignore=HT320} anywhere in the file
 * ({@code ;} instead of {@code #} where the language's comments start so, such as php-fpm).
 * Each one that suppresses nothing becomes a GE401 finding, so stale ones do not pile up.
 */
public final class Suppressions {

    /**
     * The comment leaders of each language headroom reads, as its daemon reads them: a
     * suppression must be a comment to the daemon too, or the daemon would refuse the line.
     * httpd and ClamAV know only {@code #}; systemd units and sysctl.conf {@code #} and
     * {@code ;}; php-fpm only {@code ;} (PHP 7 dropped {@code #} comments from INI files);
     * MySQL option files {@code #} and {@code ;}.
     */
    public static final String HASH = "#";
    public static final String HASH_OR_SEMICOLON = "#;";
    public static final String SEMICOLON = ";";

    private static final Pattern BODY = Pattern.compile(
            "[ \\t]*headroom:[ \\t]*(ignore|file-ignore)[ \\t]*=[ \\t]*([A-Za-z0-9, \\t]+?)[ \\t]*(--.*)?\\r?");

    private final Map<String, List<Entry>> byFile = new LinkedHashMap<>();

    /** One suppression comment and the IDs it names. */
    private static final class Entry {
        final Origin origin;
        final boolean wholeFile;
        final List<String> ids;
        final boolean[] used;

        Entry(Origin origin, boolean wholeFile, List<String> ids) {
            this.origin = origin;
            this.wholeFile = wholeFile;
            this.ids = ids;
            this.used = new boolean[ids.size()];
        }
    }

    /** A file whose comments start with {@code #} (httpd, ClamAV). */
    public void scan(SourceFile file) {
        scan(file, HASH);
    }

    /** @param leaders the characters a comment line starts with in this file's language */
    public void scan(SourceFile file, String leaders) {
        String text = file.text();
        if (text.indexOf("headroom:") < 0) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf("headroom:") < 0) {
                continue;
            }
            int lead = firstNonBlank(lines[i]);
            if (lead < 0 || leaders.indexOf(lines[i].charAt(lead)) < 0) {
                continue;
            }
            Matcher m = BODY.matcher(lines[i].substring(lead + 1));
            if (m.matches()) {
                List<String> ids = new ArrayList<>();
                for (String id : m.group(2).split("[,\\s]+")) {
                    if (!id.isEmpty()) {
                        ids.add(id.toUpperCase(Locale.ROOT));
                    }
                }
                entries.add(new Entry(Origin.of(file.display(), i + 1, lead + 1),
                        m.group(1).equals("file-ignore"), ids));
            }
        }
        if (!entries.isEmpty()) {
            byFile.put(file.display(), entries);
        }
    }

    private static int firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    /** True (and the suppression marked used) when a comment silences this finding. */
    public boolean suppresses(Finding f) {
        List<Entry> entries = byFile.get(f.origin().file());
        if (entries == null) {
            return false;
        }
        boolean hit = false;
        for (Entry e : entries) {
            if (!e.wholeFile && e.origin.line() != f.origin().line() - 1) {
                continue;
            }
            for (int i = 0; i < e.ids.size(); i++) {
                if (e.ids.get(i).equals(f.rule())) {
                    e.used[i] = true;
                    hit = true;
                }
            }
        }
        return hit;
    }

    /**
     * GE401 findings for every ID that silenced nothing. A rule switched off by
     * {@code --select}/{@code --ignore} found nothing to silence: its suppressions are not
     * stale, so they are not reported.
     */
    public List<Finding> unused(RuleFilter filter) {
        List<Finding> out = new ArrayList<>();
        RuleInfo r = SuppressionRules.UNUSED_SUPPRESSION;
        for (List<Entry> entries : byFile.values()) {
            for (Entry e : entries) {
                for (int i = 0; i < e.ids.size(); i++) {
                    String id = e.ids.get(i);
                    boolean known = RuleRegistry.find(id) != null;
                    if (!e.used[i] && (!known || filter.enabled(id))) {
                        out.add(new Finding(r.id(), r.name(), r.severity(), "the suppression of "
                                + e.ids.get(i) + " here silences nothing; remove it", e.origin, null));
                    }
                }
            }
        }
        return out;
    }
}
