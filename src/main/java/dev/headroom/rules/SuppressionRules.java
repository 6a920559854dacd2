package dev.headroom.rules;

import dev.headroom.model.Severity;

/** The rule that reports suppressions nothing needed. */
public final class SuppressionRules {

    public static final RuleInfo UNUSED_SUPPRESSION = new RuleInfo("GE401", "unused-suppression",
            Severity.INFO, "general", "A headroom: ignore comment suppresses nothing.");

    private SuppressionRules() {
    }
}
