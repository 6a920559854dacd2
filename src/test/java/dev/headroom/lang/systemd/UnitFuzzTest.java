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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.headroom.model.Workspace;
import dev.headroom.rules.Linter;
import dev.headroom.rules.RuleFilter;
import dev.headroom.testing.Mutator;
import dev.headroom.testing.Oracles;

/**
 * Mutated unit files through the whole pipeline (lex, read, resolve, every rule): no exception
 * escapes, and printing stays byte-identical. Fixed seed, so a failure reproduces.
 */
class UnitFuzzTest {

    private static final String[] SPICE = {"\\", "\\\n", "\n", "\r\n", "#", ";", "[", "]", "=", "[Service]\n",
        "[Unit", "TimeoutSec=", "TimeoutStartSec=0\n", "OOMPolicy=Stop\n", "MemoryMax=80%\n", "LimitNOFILE=1:0\n",
        "Delegate=\n", "Type=oneshot\n", "ExecStart=\n", "%i", "%", "\u0000", "\u00ef\u00bb\u00bf", " ", "\t"};

    private static final Mutator MUTATOR = new Mutator(SPICE, 200);

    @TempDir
    Path dir;

    @Test
    void mutatedUnitsNeverCrashThePipeline() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Oracles.corpus("systemd"))) {
            for (Path p : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                seeds.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        Random rnd = new Random(4);
        for (int i = 0; i < 1500; i++) {
            String text = MUTATOR.mutate(seeds.get(rnd.nextInt(seeds.size())), rnd, 1 + rnd.nextInt(8));
            String label = "mutation " + i + " of seed 4";
            UnitSyntax s = UnitSyntax.parse(text);
            assertThat(s.print()).as(label).isEqualTo(text);
            assertThat(s.errors()).as(label).isEmpty();
            Path f = dir.resolve("fuzz" + (i % 10) + ".service");
            Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
            Workspace ws = Workspace.files(Path.of("/"), List.of(f), dir, "systemd");
            assertThat(new Linter(RuleFilter.all()).check(ws)).as(label)
                    .allSatisfy(x -> assertThat(x.origin()).isNotNull());
        }
    }
}
