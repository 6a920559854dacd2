package dev.headroom.lang.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.headroom.testing.Oracles;

/** Logical lines as systemd's config_parse() builds them (shared/domain.md C.1), losslessly. */
class UnitSyntaxTest {

    private static List<String> lines(String text) {
        return UnitSyntax.parse(text).lines().stream().map(UnitLine::text).collect(Collectors.toList());
    }

    @Test
    void continuationBecomesASpaceAndCommentLinesInsideAreDropped() {
        // [RUN] in domain.md C.1: "Description: test    continued".
        assertThat(lines("[Unit]\nDescription=test \\\n# comment inside continuation\n; semicolon comment\n  continued\n"))
                .containsExactly("[Unit]", "Description=test    continued");
    }

    @Test
    void anEvenNumberOfBackslashesDoesNotContinue() {
        assertThat(lines("A=x\\\\\nB=y\n")).containsExactly("A=x\\\\", "B=y");
        assertThat(lines("A=x\\\\\\\nB=y\n")).containsExactly("A=x\\\\  B=y".replace("  ", " "));
    }

    @Test
    void anEmptyLineEndsAContinuation() {
        assertThat(lines("A=x \\\n\nB=y\n")).containsExactly("A=x", "B=y");
    }

    @Test
    void commentsAndStrippingAndCrlf() {
        assertThat(lines("  # c\n;c\n\t[Service]  \r\n Type = forking \r\nExecStart=/bin/true\\\r\n --x\r\n"))
                .containsExactly("[Service]", "Type = forking", "ExecStart=/bin/true  --x");
    }

    @Test
    void aByteOrderMarkOnTheFirstLineIsSkipped() {
        assertThat(lines("\u00ef\u00bb\u00bf[Unit]\nA=1\n")).containsExactly("[Unit]", "A=1");
        assertThat(lines("\u00ef\u00bb\u00bf# c\nA=1\n")).containsExactly("A=1");
    }

    @Test
    void positions() {
        UnitLine l = UnitSyntax.parse("[Service]\n\n   ExecStart=a \\\n b\n").lines().get(1);
        assertThat(l.line()).isEqualTo(3);
        assertThat(l.column()).isEqualTo(4);
    }

    @Test
    void systemdNamesAContinuedLineByTheLineThatEndsIt() {
        // [RUN] systemd-analyze verify: "Foo=a \\", "# c", EOF -> line 5; "Foo=a \\", "" -> line 4.
        assertThat(UnitSyntax.parse("[Service]\nX=1\nFoo=a \\\n# c\n").lines().get(2).reportedLine()).isEqualTo(5);
        assertThat(UnitSyntax.parse("[Service]\nX=1\nFoo=a \\\n  b\\\n").lines().get(2).reportedLine()).isEqualTo(5);
        assertThat(UnitSyntax.parse("[Service]\nX=1\nFoo=a \\\n# c\n\n").lines().get(2).reportedLine()).isEqualTo(5);
        assertThat(UnitSyntax.parse("[Service]\nX=1\nFoo=a \\\n\nBar=1\n").lines().get(2).reportedLine()).isEqualTo(4);
        assertThat(UnitSyntax.parse("[Service]\nX=1\nFoo=1").lines().get(2).reportedLine()).isEqualTo(3);
    }

    @Test
    void aBackslashAtTheEndOfTheFileStillContinues() {
        UnitLine l = UnitSyntax.parse("[Service]\nFoo=a\\").lines().get(1);
        assertThat(l.text()).isEqualTo("Foo=a");
        assertThat(l.reportedLine()).isEqualTo(3);
        assertThat(UnitSyntax.parse("[Service]\nFoo=a\\\\").lines().get(1).text()).isEqualTo("Foo=a\\\\");
    }

    @Test
    void oddInputsLexAndPrintBack() {
        Random rnd = new Random(5);
        String alphabet = "[]=#;\\\r\n \tabc\u0000\u00e9";
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(60); k > 0; k--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = b.toString();
            UnitSyntax s = UnitSyntax.parse(text);
            assertThat(s.errors()).as("%s", text).isEmpty();
            assertThat(s.print()).as("%s", text).isEqualTo(text);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyUnitFileOnThisMachineAndInTheCorpusPrintsBack() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"/lib/systemd/system", "/usr/lib/systemd/system", "/etc/systemd/system",
            "/etc/systemd"}) {
            Path d = Path.of(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.walk(d)) {
                    files.addAll(s.filter(Files::isRegularFile).collect(Collectors.toList()));
                }
            }
        }
        Oracles.require(files.size() > 100, "systemd's unit files on this machine");
        try (Stream<Path> s = Files.walk(Oracles.corpus("systemd"))) {
            files.addAll(s.filter(Files::isRegularFile).collect(Collectors.toList()));
        }
        return files.stream().sorted().distinct().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            byte[] bytes = Files.readAllBytes(f);
            UnitSyntax s = UnitSyntax.parse(new String(bytes, StandardCharsets.ISO_8859_1));
            assertThat(s.errors()).isEmpty();
            assertThat(s.print().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(bytes);
        }));
    }
}
