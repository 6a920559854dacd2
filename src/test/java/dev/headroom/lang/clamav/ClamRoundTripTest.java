package dev.headroom.lang.clamav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.testing.Oracles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parse then print, with no edit, gives back the same bytes, and every line is cut as optparse()
 * cuts it: for every file of the ClamAV corpus, the files installed in /etc/clamav, and the
 * shapes at the edges of the line syntax.
 */
class ClamRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyFileOfTheCorpus() throws IOException {
        Path dir = Oracles.corpus("clamav");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(f)));
    }

    @TestFactory
    Stream<DynamicTest> everyInstalledFile() throws IOException {
        Path dir = Path.of("/etc/clamav");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".conf") && Files.isRegularFile(p)).sorted()
                        .collect(Collectors.toList());
            }
        }
        Oracles.require(!files.isEmpty(), "ClamAV's configuration files (/etc/clamav/*.conf)");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            ClamSyntax s = roundTrip(f);
            assertThat(s.entries()).isNotEmpty();
            assertThat(s.problems()).isEmpty();
        }));
    }

    @Test
    void edgesOfTheLineSyntax() {
        for (String text : List.of("", "\n", "\r", "\r\n", "\n\r", "\0", "#", "X", "ab", "ab\n", "a b", " a b ",
                "Example", "Example\n", "  ExampleX y\n", "# Example\n", "Name \"\n", "Name \"\"\n", "Name \"a\"b\"c\n",
                "Name \"a\" \n", "Name a\tb \t\n", "Name=1\n", "Name \t \n", "Name\t\"x\" y \"z\r\n",
                "\u00e9\u00ff \u0080\n", "N v\0w\n", "N \0\n", "\0N v\n", "N v\r\r\n\n\r", "\t\t\n  \n \t \t\n",
                " ".repeat(1030) + "N v\n", "N " + "v".repeat(1500) + "\n", "#" + "c".repeat(1022) + "N v\n",
                "N \"" + "q".repeat(1019) + "\"\n", "N \"" + "q".repeat(1020) + "\"\n")) {
            ClamSyntax s = ClamSyntax.parse(text);
            String label = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            assertThat(s.print()).as("print of %s", label).isEqualTo(text);
            assertThat(s.errors()).as("errors for %s", label).isEmpty();
            OptparseReference.assertAgrees(text, s, label);
            ClamTokens.assertAgree(text, s, label);
        }
    }

    static ClamSyntax roundTrip(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        ClamSyntax s = ClamSyntax.parse(text);
        assertThat(s.errors()).as("lexer errors in %s", f).isEmpty();
        assertThat(s.print().getBytes(StandardCharsets.ISO_8859_1)).as("round trip of %s", f).isEqualTo(bytes);
        OptparseReference.assertAgrees(text, s, f.toString());
        ClamTokens.assertAgree(text, s, f.toString());
        return s;
    }
}
