package dev.headroom.report;

/**
 * The formats {@code lint} writes: {@code text} for people, {@code json} (DESIGN.md §2), and the
 * formats CI systems read — {@code sarif} (SARIF 2.1.0, GitHub code scanning), {@code github}
 * (GitHub Actions workflow-command annotations) and {@code checkstyle} (Checkstyle XML, for
 * Jenkins Warnings NG and friends). Only {@code lint} has findings to put in the CI formats, so
 * the other commands keep {@link Format}.
 */
public enum LintFormat {
    text, json, sarif, github, checkstyle
}
