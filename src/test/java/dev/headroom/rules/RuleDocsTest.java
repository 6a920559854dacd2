package dev.headroom.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has a doc that {@code headroom explain} prints and SARIF embeds (DESIGN.md §2):
 * the five sections in order and nothing else at heading level, short enough to read in a
 * terminal, naming the rule it documents; and no doc is left behind for a rule that does not
 * exist.
 */
class RuleDocsTest {

    static final List<String> SECTIONS = List.of("## What it does", "## Why it matters",
            "## Example", "## Fix", "## References");
    static final int MIN_LINES = 15;
    static final int MAX_LINES = 40;

    @TestFactory
    Stream<DynamicTest> everyRuleHasADoc() {
        return RuleRegistry.all().stream().map(rule -> dynamicTest(rule.id() + " " + rule.name(),
                () -> checkDoc(rule)));
    }

    private static void checkDoc(RuleInfo rule) {
        String doc = RuleDocs.load(rule.id());
        assertNotNull(doc, "no doc for " + rule.id() + ": add src/main/resources/dev/headroom/rules/docs/"
                + rule.id() + ".md");
        List<String> lines = doc.lines().collect(Collectors.toList());
        assertTrue(lines.size() >= MIN_LINES && lines.size() <= MAX_LINES, rule.id() + ".md has "
                + lines.size() + " lines; keep it between " + MIN_LINES + " and " + MAX_LINES);

        List<String> headings = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && l.matches("#{1,6}\\s.*")) {
                headings.add(l.strip());
                at.add(i);
            }
        }
        assertFalse(fenced, rule.id() + ".md has an unclosed ``` block");
        assertEquals(SECTIONS, headings, rule.id() + ".md must have exactly these sections, in order");
        assertEquals(SECTIONS.get(0), lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(""),
                rule.id() + ".md must start with its first section (explain prints the title itself)");

        for (int s = 0; s < at.size(); s++) {
            int end = s + 1 < at.size() ? at.get(s + 1) : lines.size();
            List<String> body = lines.subList(at.get(s) + 1, end);
            assertTrue(body.stream().anyMatch(l -> !l.isBlank()),
                    rule.id() + ".md: section '" + headings.get(s) + "' is empty");
            if (headings.get(s).equals("## Example")) {
                assertTrue(body.stream().anyMatch(l -> l.startsWith("```") || l.startsWith("    ")
                        || l.startsWith("\t")), rule.id() + ".md: the example needs a code block");
            }
        }
        assertTrue(doc.contains(rule.id()) || doc.contains(rule.name()),
                rule.id() + ".md never names the rule (" + rule.id() + " or " + rule.name() + ")");
    }

    @Test
    void noDocForAnUnknownRule() throws IOException, URISyntaxException {
        Set<String> known = RuleRegistry.all().stream().map(RuleInfo::id).collect(Collectors.toSet());
        Path dir = docsDir();
        assertTrue(Files.isDirectory(dir), "no docs directory at " + dir);
        List<String> stray;
        try (Stream<Path> files = Files.list(dir)) {
            stray = files.map(p -> p.getFileName().toString())
                    .filter(n -> !(n.endsWith(".md") && known.contains(n.substring(0, n.length() - 3))))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), stray, "files in " + dir + " that document no rule in RuleRegistry.all()");
    }

    /** The source directory when surefire names the project, else the copy on the classpath. */
    private static Path docsDir() throws URISyntaxException {
        String base = System.getProperty("headroom.basedir");
        if (base != null) {
            Path src = Path.of(base, "src/main/resources/dev/headroom/rules/docs");
            if (Files.isDirectory(src)) {
                return src;
            }
        }
        URL url = RuleDocs.class.getResource("/dev/headroom/rules/docs");
        assertNotNull(url, "no rules/docs directory on the classpath");
        return Path.of(url.toURI());
    }
}
