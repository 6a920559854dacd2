package dev.headroom.lang.openbsd;

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

import dev.headroom.testing.Mutator;

/**
 * Mutated, truncated, re-encoded and random kernel configuration files: no exception escapes,
 * the lexer and the line grammar never complain, parse-then-print stays byte-identical, and every
 * position points where it says. Seeds are fixed so a failure reproduces; the mutation number is
 * in the assertion message.
 */
class KconfFuzzTest {

    private static final long SEED = 20261124L;
    private static final String[] SPICE = {"\n", "\n\t", "\n ", "#", "\"", "\\\"", "\"\"", "=", ",", "*", "?", "-",
        " ", "\t", "\r", "\r\n", "\0", "option ", "options ", "rmoption ", "makeoptions ", "maxusers ",
        "pseudo-device ", "config ", "include ", "machine ", " at ", " root ", " on ", " and ", " disable",
        " enable", " flags ", "0x", "010000", "08", "1.5", "../", "NMBCLUSTERS=", "\u00e9", "\u00ff", "\u0080"};
    private static final Mutator MUTATOR = new Mutator(SPICE, 200);

    private static final String SEED_FILE = "#\tGENERIC\n"
            + "machine\t\ti386\t\t# architecture, used by config; REQUIRED\n"
            + "include\t\t\"../../../conf/GENERIC\"\n"
            + "option\t\tI586_CPU,I686_CPU\n"
            + "option\t\tNMBCLUSTERS=8192, NKMEMPAGES=0x4000\n"
            + "option\t\t\"BUFCACHEPERCENT=20\"\n"
            + "rmoption\tDDB\n"
            + "makeoptions\tDEBUG=\"-g\"\t# compile full symbol table\n"
            + "maxusers\t64\t\t# estimated number of users\n"
            + "config\t\tbsd\troot on wd0a swap on wd0b and sd0b dumps on wd0b\n"
            + "mainbus0 at root\n"
            + "pc0\tat isa? port 0x60 irq 1\t# generic PC console device\n"
            + "sd*\tat scsibus? target ? lun ?\n"
            + "tcic0\tat isa? disable port 0x240 iomem 0xd0000 iosiz 0x10000\n"
            + "apm0\tat bios0 flags 0x0000\n"
            + "option\t\tA,\n\tB\n"
            + "pseudo-device\tloop\t1\t# network loopback\n";

    @Test
    void mutatedFilesNeverThrowAndStayLossless() throws IOException {
        List<String> seeds = seeds();
        Random rnd = new Random(SEED);
        for (int i = 0; i < 1500; i++) {
            String base = seeds.get(rnd.nextInt(seeds.size()));
            String mutated = MUTATOR.mutate(base, rnd, 1 + rnd.nextInt(10));
            check(mutated, "mutation " + i + " of seed " + SEED);
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random rnd = new Random(SEED + 1);
        for (int i = 0; i < 500; i++) {
            check(Mutator.noise(rnd, 400, " \t\n#\"=,*?-aoptin0x19", 2), "random text " + i + " of seed " + SEED);
        }
    }

    @Test
    void everyTruncationOfTheSeedNeverThrows() {
        for (int n = 0; n <= SEED_FILE.length(); n++) {
            check(SEED_FILE.substring(0, n), "truncated at " + n);
        }
    }

    @Test
    void crlfLinesAreSyntaxErrorsUnlessACommentHidesTheCr() {
        String crlf = SEED_FILE.replace("\n", "\r\n");
        KconfFile f = check(crlf, "CRLF");
        // The CR is a character config(8) does not know, except inside a comment, which runs to the \n.
        assertThat(f.statements()).extracting(KconfStatement::keyword)
                .containsExactly("machine", "makeoptions", "maxusers", "pc0", "pseudo-device");
        assertThat(f.problems()).hasSize(11).allMatch(p -> p.kind() == KconfProblem.Kind.SYNTAX_ERROR
                && p.message().startsWith("syntax error at '\\r'"));
    }

    @Test
    void latin1AndUtf8BytesAreKeptAndRefusedOutsideComments() {
        String text = "# \u00c9l\u00e8ve \u00ff\n"
                + "option CAF\u00c9\n"
                + "include \"caf\u00c3\u00a9\"\n";
        KconfFile f = check(text, "Latin-1");
        assertThat(f.statements()).extracting(KconfStatement::words)
                .containsExactly(List.of("include", "caf\u00c3\u00a9"));
        assertThat(f.problems()).extracting(KconfProblem::line, KconfProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 11));
    }

    @Test
    void hugeNumbersAreNoNumbersButNeverThrow() {
        String big = "9".repeat(5000);
        KconfFile f = check("option NMBCLUSTERS=" + big + ", X=0x" + "f".repeat(40) + "\nmaxusers " + big + "\n",
                "huge numbers");
        assertThat(f.problems()).isEmpty();
        assertThat(f.statements().get(0).options()).extracting(KconfOption::number).containsExactly(null, null);
    }

    @Test
    void deepParenthesesAreAProblemNotAStackOverflow() {
        int deep = KconfLines.MAX_NESTING + 1;
        String text = "file a.c " + "(".repeat(deep) + "x" + ")".repeat(deep) + "\nfile b.c ((x)) | !y\n"
                + "file c.c " + "(".repeat(100_000) + "\n";
        KconfFile f = check(text, "deep parentheses");
        assertThat(f.statements()).extracting(KconfStatement::line).containsExactly(2);
        assertThat(f.problems()).extracting(KconfProblem::kind, KconfProblem::line, KconfProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KconfProblem.Kind.SYNTAX_ERROR, 1, 10 + deep - 1),
                        org.assertj.core.groups.Tuple.tuple(KconfProblem.Kind.SYNTAX_ERROR, 3, 10 + deep - 1));
    }

    private static KconfFile check(String text, String label) {
        KconfFile f = Kconf.parse(text);
        assertThat(f.errors()).as(label).isEmpty();
        assertThat(f.print()).as(label).isEqualTo(text);
        assertPositionsHold(text, f, label);
        return f;
    }

    /** Every statement, option and problem is where its line, column and offsets say. */
    static void assertPositionsHold(String text, KconfFile f, String label) {
        int[] newlines = newlines(text);
        for (KconfStatement s : f.statements()) {
            assertThat(s.words()).as(label).isNotEmpty();
            assertThat(s.start()).as(label).isBetween(0, s.stop());
            assertThat(s.stop()).as(label).isLessThan(text.length());
            assertThat(s.line()).as(label).isEqualTo(lineOf(newlines, s.start()));
            assertThat(s.column()).as(label).isEqualTo(s.start() - text.lastIndexOf('\n', s.start() - 1));
            for (KconfOption o : s.options()) {
                assertThat(o.start()).as(label).isBetween(s.start(), o.stop());
                assertThat(o.stop()).as(label).isLessThanOrEqualTo(s.stop());
                assertThat(o.line()).as(label).isEqualTo(lineOf(newlines, o.start()));
                assertThat(o.column()).as(label).isEqualTo(o.start() - text.lastIndexOf('\n', o.start() - 1));
            }
        }
        int lines = newlines.length + 1;
        for (KconfProblem p : f.problems()) {
            assertThat(p.line()).as(label).isBetween(1, lines);
            assertThat(p.column()).as(label).isPositive();
            assertThat(p.message()).as(label).isNotBlank();
        }
    }

    private static int[] newlines(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    /** 1 + the number of newlines before the offset. */
    private static int lineOf(int[] newlines, int offset) {
        int i = java.util.Arrays.binarySearch(newlines, offset);
        return 1 + (i >= 0 ? i : -i - 1);
    }

    private static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        out.add(SEED_FILE);
        Path corpus = Path.of(System.getProperty("headroom.shared", "../shared"), "corpus", "openbsd");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                    out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }
}
