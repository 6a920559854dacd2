package dev.headroom.report;

/** Output formats of {@code show}, {@code plan} and {@code rules}; {@code lint} has {@link LintFormat}. */
public enum Format {
    text, json
}
