package dev.headroom.lang.sysctl;

import static org.assertj.core.api.Assertions.assertThat;

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

import dev.headroom.testing.Oracles;

/**
 * Parse then print, with no edit, gives back the same bytes, and every line is read as systemd
 * reads it: for every sysctl file on this machine, the OpenBSD corpus and the fixtures.
 */
class SysctlRoundTripTest {

    private static final List<String> MACHINE_DIRS = List.of("/etc/sysctl.d", "/run/sysctl.d",
            "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d");

    @TestFactory
    Stream<DynamicTest> everySysctlFileOnThisMachine() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(Path.of("/etc/sysctl.conf"))) {
            files.add(Path.of("/etc/sysctl.conf"));
        }
        for (String d : MACHINE_DIRS) {
            Path dir = Path.of(d);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    files.addAll(s.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
                }
            }
        }
        Oracles.require(!files.isEmpty(), "sysctl files on this machine (/etc/sysctl.conf, sysctl.d)");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> roundTrip(f)));
    }

    @TestFactory
    Stream<DynamicTest> everyOpenBsdSysctlConfOfTheCorpus() throws IOException {
        Path dir = Oracles.corpus("openbsd-sysctl");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            SysctlSyntax s = roundTrip(f);
            // OpenBSD ships every line commented out: to Linux readers these files set nothing.
            assertThat(s.entries()).isEmpty();
            assertThat(s.problems()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        Path dir = Oracles.project().resolve("src/test/resources/sysctl");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> roundTrip(f)));
    }

    @Test
    void edgeCasesOfTheLineSyntax() {
        for (String text : List.of("", "\n", "\r", "\r\n", "\n\r", "\0", "=", "-", "--", "-=", "#", ";", "a",
                "a=", "=b", " - a = b = c \t", "a\\\nb=1", "\u00e9\u00ff=\u0080\n", "\f\u000b=\f",
                "a = b # c ; d", "-#x\n-;y=1\n", "\t\t\n \n", "x\0y=1\0\0\n", "k = v\r\r\n\n\r\0")) {
            SysctlSyntax s = SysctlSyntax.parse(text);
            assertThat(s.print()).as("print of %s", text).isEqualTo(text);
            assertThat(s.errors()).as("errors for %s", text).isEmpty();
            SysctlSyntaxTest.assertAgreesWithSystemd(text, s);
        }
    }

    static SysctlSyntax roundTrip(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        SysctlSyntax s = SysctlSyntax.parse(text);
        assertThat(s.errors()).as("parse errors in %s", f).isEmpty();
        assertThat(s.print().getBytes(StandardCharsets.ISO_8859_1)).as("round trip of %s", f).isEqualTo(bytes);
        SysctlSyntaxTest.assertAgreesWithSystemd(text, s);
        return s;
    }
}
