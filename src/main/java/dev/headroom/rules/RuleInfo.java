package dev.headroom.rules;

import dev.headroom.model.Severity;

/**
 * A rule's identity and default severity. IDs are two letters and three digits and are never
 * reused (DESIGN.md §2).
 *
 * @param language the input the rule reads: {@code httpd}, {@code general}, ...
 */
public record RuleInfo(String id, String name, Severity severity, String language, String summary) {
}
