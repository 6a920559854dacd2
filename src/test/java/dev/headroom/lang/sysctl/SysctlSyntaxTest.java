package dev.headroom.lang.sysctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.Oracles;

/** How one line is read, case by case, as systemd-sysctl 252 reads it (sysctl.d(5), sysctl.c). */
class SysctlSyntaxTest {

    private static SysctlEntry only(String text) {
        SysctlSyntax s = SysctlSyntax.parse(text);
        assertThat(s.errors()).isEmpty();
        assertThat(s.entries()).as("entries of %s", text).hasSize(1);
        return s.entries().get(0);
    }

    @Test
    void blanksAroundTheEqualsSignAndAtTheEndsAreNotPartOfKeyOrValue() {
        SysctlEntry e = only("\t vm.swappiness \t=\t 10 \t\n");
        assertThat(e.writtenKey()).isEqualTo("vm.swappiness");
        assertThat(e.value()).isEqualTo("10");
        assertThat(e.key().path()).isEqualTo("vm/swappiness");
        assertThat(e.key().name()).isEqualTo("vm.swappiness");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.valueColumn()).isEqualTo(21);
    }

    @Test
    void blanksInsideAValueAreKeptAndTheValueMayHoldEqualsSigns() {
        // sysctl.conf(5): "this one has a space which will be written to the sysctl!"
        assertThat(only("kernel.modprobe = /sbin/mod probe").value()).isEqualTo("/sbin/mod probe");
        assertThat(only("a=b=c").value()).isEqualTo("b=c");
        assertThat(only("vm.swappiness =").value()).isEmpty();
    }

    @Test
    void onlySpaceAndTabAreBlanks() {
        // WHITESPACE is " \t\n\r": a form feed belongs to the key, which then names nothing.
        SysctlEntry e = only("\fvm.swappiness = 1\u000b");
        assertThat(e.writtenKey()).isEqualTo("\fvm.swappiness");
        assertThat(e.value()).isEqualTo("1\u000b");
    }

    @Test
    void aHashAfterTheValueIsPartOfTheValue() {
        SysctlSyntax s = SysctlSyntax.parse("kernel.domainname = example.com # old name\n");
        assertThat(s.entries().get(0).value()).isEqualTo("example.com # old name");
        assertThat(s.problems()).extracting(SysctlProblem::kind, SysctlProblem::line, SysctlProblem::column)
                .containsExactly(tuple(SysctlProblem.Kind.VALUE_WITH_COMMENT, 1, 21));
    }

    @Test
    void commentLinesStartWithHashOrSemicolonAfterBlanks() {
        SysctlSyntax s = SysctlSyntax.parse("# a\n; b\n   # c = 1\n\t;d=2\n\n");
        assertThat(s.entries()).isEmpty();
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void aDashMeansIgnoreFailureAndMayBeFollowedByBlanks() {
        SysctlEntry e = only("- fs.file-max = 1048576");
        assertThat(e.kind()).isEqualTo(SysctlEntry.Kind.ASSIGNMENT);
        assertThat(e.ignoreFailure()).isTrue();
        assertThat(e.writtenKey()).isEqualTo("fs.file-max");
        assertThat(e.column()).isEqualTo(1);
        // After the dash, '#' is no comment but the key's first character.
        assertThat(only("-#x = 1").writtenKey()).isEqualTo("#x");
        assertThat(only("--x = 1").writtenKey()).isEqualTo("-x");
    }

    @Test
    void aDashedKeyWithoutEqualsSignIsAnExclusion() {
        SysctlEntry e = only("-net.ipv4.conf.all.rp_filter  ");
        assertThat(e.kind()).isEqualTo(SysctlEntry.Kind.EXCLUSION);
        assertThat(e.value()).isNull();
        assertThat(e.ignoreFailure()).isFalse();
        assertThat(e.key().path()).isEqualTo("net/ipv4/conf/all/rp_filter");
    }

    @Test
    void aLineWithoutEqualsSignIsReportedWithItsLine() {
        SysctlSyntax s = SysctlSyntax.parse("a = 1\n  kernel.msgmax  \nb = 2");
        assertThat(s.entries()).extracting(SysctlEntry::writtenKey).containsExactly("a", "b");
        assertThat(s.problems()).extracting(SysctlProblem::kind, SysctlProblem::line, SysctlProblem::column,
                SysctlProblem::message)
                .containsExactly(tuple(SysctlProblem.Kind.NOT_AN_ASSIGNMENT, 2, 3,
                        "Line is not an assignment, ignoring: kernel.msgmax"));
    }

    @Test
    void aKeyMayHoldBlanksInside() {
        SysctlEntry e = only("vm swappiness = 1");
        assertThat(e.writtenKey()).isEqualTo("vm swappiness");
        assertThat(e.key().path()).isEqualTo("vm swappiness");
    }

    @Test
    void anEmptyKeyNamesNoSysctl() {
        SysctlSyntax s = SysctlSyntax.parse("= 1\n-=2\n");
        assertThat(s.entries()).extracting(SysctlEntry::writtenKey, SysctlEntry::value, SysctlEntry::ignoreFailure)
                .containsExactly(tuple("", "1", false), tuple("", "2", true));
        assertThat(s.problems()).extracting(SysctlProblem::kind, SysctlProblem::line)
                .containsExactly(tuple(SysctlProblem.Kind.INVALID_KEY, 1), tuple(SysctlProblem.Kind.INVALID_KEY, 2));
    }

    @Test
    void linesEndAsReadLineEndsThem() {
        // \r alone ends a line; \r\n and \n\r are one line end each; \n\n is two; \0 ends a line.
        SysctlSyntax s = SysctlSyntax.parse("a=1\rb=2\r\nc=3\n\rd=4\n\ne=5\0f=6\n\0g=7");
        assertThat(s.entries()).extracting(SysctlEntry::writtenKey, SysctlEntry::line)
                .containsExactly(tuple("a", 1), tuple("b", 2), tuple("c", 3), tuple("d", 4), tuple("e", 6),
                        tuple("f", 7), tuple("g", 8));
    }

    @Test
    void aLineOfOneMebibyteStopsTheFile() {
        String big = "x".repeat(SysctlSyntax.LONG_LINE_MAX);
        SysctlSyntax s = SysctlSyntax.parse("a = 1\n" + big + "\nb = 2\n");
        assertThat(s.entries()).extracting(SysctlEntry::writtenKey).containsExactly("a");
        assertThat(s.problems()).extracting(SysctlProblem::kind, SysctlProblem::line)
                .containsExactly(tuple(SysctlProblem.Kind.LINE_TOO_LONG, 2));
        // One byte shorter is read.
        SysctlSyntax ok = SysctlSyntax.parse("a = " + "1".repeat(SysctlSyntax.LONG_LINE_MAX - 5) + "\nb = 2\n");
        assertThat(ok.entries()).hasSize(2);
        assertThat(ok.problems()).isEmpty();
    }

    @Test
    void theFixtureWithEveryShapeIsReadAsSystemdReadsIt() throws IOException {
        String text = new String(Files.readAllBytes(Oracles.project().resolve("src/test/resources/sysctl/every-shape.conf")),
                StandardCharsets.ISO_8859_1);
        SysctlSyntax s = SysctlSyntax.parse(text);
        assertAgreesWithSystemd(text, s);
        assertThat(s.entries()).extracting(e -> e.key().name(), SysctlEntry::value).contains(
                tuple("vm.overcommit_ratio", "80"),
                tuple("fs.nr_open", "2097152"),
                tuple("kernel.pid_max", "4194304"),
                tuple("net.ipv4.conf.enp3s0/200.forwarding", "1"),
                tuple("net.ipv4.conf.enp3s0/200.rp_filter", "2"),
                tuple("net.ipv4.conf.all.rp_filter", null),
                tuple("vm.min_free_kbytes", "65536"),
                tuple("vm.dirty_ratio", ""));
    }

    /** Entries and skipped lines exactly as the port of systemd's own code finds them. */
    static void assertAgreesWithSystemd(String text, SysctlSyntax s) {
        SystemdParseFile ref = SystemdParseFile.parse(text);
        assertThat(s.entries()).extracting(SysctlEntry::line, SysctlEntry::writtenKey, SysctlEntry::value,
                SysctlEntry::ignoreFailure)
                .containsExactlyElementsOf(ref.entries.stream()
                        .map(l -> tuple(l.number(), l.key(), l.value(), l.ignoreFailure())).toList());
        assertThat(s.problems().stream().filter(p -> p.kind() == SysctlProblem.Kind.NOT_AN_ASSIGNMENT)
                .map(SysctlProblem::line)).containsExactlyElementsOf(ref.notAssignments);
        assertThat(s.problems().stream().anyMatch(p -> p.kind() == SysctlProblem.Kind.LINE_TOO_LONG))
                .isEqualTo(ref.tooLong);
    }

    @Test
    void entriesPointAtTheirText() {
        String text = "  -vm.swappiness = 5 \n";
        SysctlEntry e = only(text);
        assertThat(text.substring(e.start(), e.stop() + 1)).isEqualTo("-vm.swappiness = 5");
        assertThat(List.of(e.column(), e.valueColumn())).containsExactly(3, 20);
    }
}
