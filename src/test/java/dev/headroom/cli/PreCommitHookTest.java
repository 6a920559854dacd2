package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/**
 * .pre-commit-hooks.yaml: the files it matches in an example server tree are the configuration
 * files, and its entry, run as pre-commit runs it (from the top of the repository, with those
 * files), reads each in the right language.
 */
class PreCommitHookTest {

    @Test
    void theHookLintsTheConfigurationFilesOfARepository() throws IOException {
        List<String> yaml = Files.readAllLines(Oracles.project().resolve(".pre-commit-hooks.yaml"));
        assertThat(yaml).contains("- id: headroom-lint", "  language: system", "  pass_filenames: true");
        String entry = value(yaml, "entry");
        assertThat(entry).isEqualTo("headroom lint --root .");
        // files: a folded block (>-) in Python's verbose regex syntax, which Java's (?x) reads alike.
        int at = yaml.indexOf("  files: >-");
        StringBuilder files = new StringBuilder();
        for (String l : yaml.subList(at + 1, yaml.size())) {
            if (!l.startsWith("    ")) {
                break;
            }
            files.append(l.strip()).append(' ');
        }
        Pattern matches = Pattern.compile(files.toString());

        Path root = Oracles.project().resolve("examples/tarragon/root").toAbsolutePath();
        List<String> matched = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(p -> matches.matcher(p).find()).sorted().forEach(matched::add);
        }
        assertThat(matched).contains("etc/httpd/conf/httpd.conf", "etc/httpd/conf.d/welcome.conf",
                "etc/clamd.d/scan.conf", "etc/freshclam.conf", "usr/lib/systemd/system/clamd@.service")
                .noneMatch(p -> p.startsWith("var/lib/clamav"));

        List<String> args = new ArrayList<>(List.of("lint", "--root", root.toString()));
        matched.forEach(p -> args.add(root.resolve(p).toString()));
        CliRun r = CliRun.of(args.toArray(new String[0]));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        // Each file read by its own daemon's rules: no httpd or ClamAV file taken for a systemd drop-in.
        assertThat(r.out()).doesNotContain("[SD00").doesNotContain("cannot tell which daemon")
                .contains("[HT321]");
    }

    private static String value(List<String> yaml, String key) {
        return yaml.stream().filter(l -> l.startsWith("  " + key + ": ")).findFirst().orElseThrow()
                .substring(key.length() + 4);
    }
}
