package dev.headroom.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edits change the one value and nothing else. */
class TextEditsTest {

    @Test
    void aValueIsReplacedInPlaceKeepingSpacingAndComments() {
        String text = "<IfModule event.c>\n    ServerLimit               8\n    MaxRequestWorkers        80  \n# end\n";
        assertThat(TextEdits.setOnLine(text, 3, "MaxRequestWorkers", "30", true))
                .isEqualTo("<IfModule event.c>\n    ServerLimit               8\n    MaxRequestWorkers        30  \n# end\n");
        assertThat(TextEdits.setOnLine(text, 3, "maxrequestworkers", "30", true)).isNotNull();
        assertThat(TextEdits.setOnLine(text, 3, "maxrequestworkers", "30", false)).isNull();
        assertThat(TextEdits.setOnLine(text, 2, "MaxRequestWorkers", "30", true)).isNull();
        assertThat(TextEdits.setOnLine(text, 9, "MaxRequestWorkers", "30", true)).isNull();
    }

    @Test
    void crlfQuotesAndAMissingFinalNewlineStay() {
        assertThat(TextEdits.setOnLine("A 1\r\nConcurrentDatabaseReload yes\r\n", 2, "ConcurrentDatabaseReload", "no",
                false)).isEqualTo("A 1\r\nConcurrentDatabaseReload no\r\n");
        assertThat(TextEdits.setOnLine("LocalSocket \"/run/a b\" # x", 1, "LocalSocket", "/run/c", false))
                .isEqualTo("LocalSocket /run/c # x");
        assertThat(TextEdits.setOnLine("TimeoutStartSec=90", 1, "TimeoutStartSec", "420", false))
                .isEqualTo("TimeoutStartSec=420");
        assertThat(TextEdits.setOnLine("MaxThreadsX 5\n", 1, "MaxThreads", "7", false)).isNull();
    }

    @Test
    void linesAreAddedInTheFilesStyle() {
        assertThat(TextEdits.append("LocalSocket /run/s\r\n", "ConcurrentDatabaseReload no"))
                .isEqualTo("LocalSocket /run/s\r\nConcurrentDatabaseReload no\r\n");
        assertThat(TextEdits.append("LocalSocket /run/s", "ConcurrentDatabaseReload no"))
                .isEqualTo("LocalSocket /run/s\nConcurrentDatabaseReload no\n");
        assertThat(TextEdits.append("", "A 1")).isEqualTo("A 1\n");
        assertThat(TextEdits.insertAfter("<IfModule x>\n    MaxRequestWorkers 30\n</IfModule>\n", 2, "ServerLimit 3"))
                .isEqualTo("<IfModule x>\n    MaxRequestWorkers 30\n    ServerLimit 3\n</IfModule>\n");
    }
}
