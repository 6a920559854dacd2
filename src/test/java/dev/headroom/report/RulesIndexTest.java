package dev.headroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.RuleRegistry;
import dev.headroom.testing.Oracles;

/**
 * docs/rules.md is generated from the registry and the rule docs; it fails here when stale
 * (regenerate with -Dheadroom.updateDocs=true).
 */
class RulesIndexTest {

    @Test
    void theCommittedIndexIsUpToDate() throws IOException {
        Path committed = Oracles.project().resolve("docs/rules.md");
        String actual = RulesIndex.ofRegistry().markdown();
        if (Boolean.getBoolean("headroom.updateDocs")) {
            Files.writeString(committed, actual);
        }
        assertThat(Files.exists(committed)).as("docs/rules.md exists; generate it with "
                + "mvn -o -q test -Dtest=RulesIndexTest -Dheadroom.updateDocs=true").isTrue();
        assertThat(Files.readString(committed)).as("docs/rules.md is stale; regenerate it with "
                + "mvn -o -q test -Dtest=RulesIndexTest -Dheadroom.updateDocs=true").isEqualTo(actual);
    }

    @Test
    void everyRuleHasARowLinkingToItsSection() {
        String md = RulesIndex.ofRegistry().markdown();
        for (RuleInfo r : RuleRegistry.all()) {
            String anchor = RulesIndex.anchor(r);
            assertThat(md).contains("| [" + r.id() + "](#" + anchor + ") | `" + r.name() + "` | "
                    + r.severity().label() + " |");
            assertThat(md).contains("\n## " + r.id() + " " + r.name() + "\n");
            assertThat(anchor).matches("[a-z]{2}[0-9]{3}-[a-z0-9-]+");
        }
        assertThat(md).contains("### What it does").doesNotContain("\n## What it does");
    }
}
