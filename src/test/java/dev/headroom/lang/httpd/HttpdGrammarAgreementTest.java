package dev.headroom.lang.httpd;

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

import org.junit.jupiter.api.Test;

import dev.headroom.testing.Oracles;

/**
 * HttpdSyntax groups the lexer's tokens into statements itself; the parser grammar is the
 * specification of that grouping. They must agree on every real file and on mutated ones.
 */
class HttpdGrammarAgreementTest {

    @Test
    void lexerGroupingEqualsTheParserOnEveryRealFile() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.walk(Oracles.debianApacheTree()),
                Files.list(Oracles.corpus("httpd")))) {
            files.addAll(s.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
        }
        Random rnd = new Random(7);
        int checked = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            agree(f.toString(), text);
            StringBuilder b = new StringBuilder(text);
            for (int i = 0; i < 5 && b.length() > 0; i++) {
                b.insert(rnd.nextInt(b.length()), "\\\n\"'<>#\r\u0000".charAt(rnd.nextInt(9)));
            }
            agree(f + " (mutated)", b.toString());
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    private static void agree(String label, String text) {
        List<String> errors = new ArrayList<>();
        List<ConfLine> byParser = HttpdSyntax.parseWithParser(text, errors);
        HttpdSyntax s = HttpdSyntax.parse(text);
        assertThat(errors).as(label).isEmpty();
        assertThat(s.lines()).as(label).isEqualTo(byParser);
    }
}
