package dev.headroom.lang.openbsd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.headroom.testing.Oracles;

/**
 * Every kernel configuration file of the corpus (OpenBSD's own, 1996 to 2014: see
 * ../shared/corpus/SOURCES.md) is read without a single problem, as config(8) read them to build
 * those kernels, and parse then print gives back the same bytes.
 */
class KconfRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyKernelConfigurationOfTheCorpus() throws IOException {
        Path dir = Oracles.corpus("openbsd");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(f)));
    }

    private static void roundTrip(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        KconfFile k = KconfSyntax.parse(SourceFile.fromBytes(f.toString(), f.getFileName().toString(), bytes));
        assertThat(k.errors()).as("parse errors in %s", f).isEmpty();
        assertThat(k.problems()).as("problems in %s", f).isEmpty();
        assertThat(k.print().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).as("round trip of %s", f)
                .isEqualTo(bytes);
        assertThat(k.statements()).as("statements of %s", f).isNotEmpty();
        KconfFuzzTest.assertPositionsHold(k.source().text(), k, f.toString());
    }
}
