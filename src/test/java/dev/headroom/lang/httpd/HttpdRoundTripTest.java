package dev.headroom.lang.httpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.headroom.testing.Oracles;

/** Parse then print, with no edit, gives back the same bytes: for every file we can find. */
class HttpdRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyFileDebiansApache2PackageShips() throws IOException {
        Path tree = Oracles.debianApacheTree();
        List<Path> files;
        try (Stream<Path> s = Files.walk(tree)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThan(50);
        return files.stream().map(f -> DynamicTest.dynamicTest(tree.relativize(f).toString(), () -> roundTrip(f)));
    }

    @TestFactory
    Stream<DynamicTest> everyHttpdFileOfTheCorpus() throws IOException {
        Path dir = Oracles.corpus("httpd");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(f)));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureAndExample() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(walk(Oracles.project().resolve("src/test/resources")),
                walk(Oracles.project().resolve("examples")))) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".conf"))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> roundTrip(f)));
    }

    @Test
    void edgeCasesOfTheLineSyntax() {
        for (String text : List.of("", "\n", "\r\n", "a", "a\\", "a\\\n", "a\\\r\nb", "# c \\\nServerAdmin x\n",
                "\"unterminated\n", "'", "<", "</", ">", "\\\\\\\n", "x\u0000y\n", "\u00e9\u00ff\n",
                "<IfModule a>\n  X \"q\\\"q\" 'z'\n</IfModule >\n", "\t\f\u000b\r\n", "a\rb\r\n")) {
            HttpdSyntax s = HttpdSyntax.parse(text);
            assertThat(s.print()).as("print of %s", text).isEqualTo(text);
            assertThat(s.errors()).as("errors for %s", text).isEmpty();
        }
    }

    private static Stream<Path> walk(Path p) throws IOException {
        return Files.isDirectory(p) ? Files.walk(p) : Stream.empty();
    }

    static void roundTrip(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        HttpdSyntax s = HttpdSyntax.parse(text);
        assertThat(s.errors()).as("parse errors in %s", f).isEmpty();
        assertThat(s.print().getBytes(StandardCharsets.ISO_8859_1)).as("round trip of %s", f).isEqualTo(bytes);
    }
}
