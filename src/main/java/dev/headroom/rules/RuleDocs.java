package dev.headroom.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Each rule's documentation, a Markdown file per rule in the jar (rules/docs/ID.md). */
public final class RuleDocs {

    private RuleDocs() {
    }

    /** The doc text, or null when the rule has none (a test forbids that). */
    public static String load(String id) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/headroom/rules/docs/" + id + ".md")) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
