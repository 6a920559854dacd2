package dev.headroom.model.openbsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/**
 * Issue 9, acceptance 2, through the whole command: every real kernel configuration of
 * OpenBSD's source tree in the shared corpus, given to {@code headroom lint}, is read as a
 * kernel configuration and gives no syntax finding (BS001) and no crash.
 */
class OpenbsdCorpusLintTest {

    @Test
    void everyCorpusKernelConfigLintsWithoutASyntaxFinding() throws IOException {
        Path dir = Oracles.corpus("openbsd");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            CliRun r = CliRun.of("lint", "--lang", "openbsd", "--fail-on", "none", "-f", "json",
                    f.toAbsolutePath().toString());
            assertThat(r.exit()).as(f + ": " + r.err()).isZero();
            assertThat(r.out()).as(f.toString()).doesNotContain("\"BS001\"").contains("\"findings\"");
        }
    }
}
