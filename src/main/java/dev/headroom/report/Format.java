package dev.headroom.report;

/** Output formats. SARIF, GitHub annotations and Checkstyle XML come with CI integration. */
public enum Format {
    text, json
}
