package dev.headroom.config;

/**
 * {@code severity.ID = LEVEL} in {@code [rules]}: the rule (or every rule whose ID starts with
 * this prefix) is reported at LEVEL instead of its own severity, and so counts for
 * {@code --fail-on} at that level.
 *
 * @param rule  an ID or ID prefix, upper case
 * @param level error, warning or info
 * @param where the file, line and column it was set at
 */
public record SeverityOverride(String rule, String level, String where) {
}
