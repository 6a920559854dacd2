package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.CliRun;
import dev.headroom.testing.Oracles;

/** completions/headroom.bash is generated; it must match what the command tree generates now. */
class CompletionScriptTest {

    @Test
    void theCommittedScriptIsUpToDate() throws IOException {
        Path committed = Oracles.project().resolve("completions/headroom.bash");
        CliRun r = CliRun.of("generate-completion");
        assertThat(r.exit()).isZero();
        assertThat(Files.exists(committed)).as("completions/headroom.bash exists; regenerate with "
                + "'bin/headroom generate-completion > completions/headroom.bash'").isTrue();
        assertThat(Files.readString(committed)).as("completions/headroom.bash is out of date; regenerate with "
                + "'bin/headroom generate-completion > completions/headroom.bash'").isEqualTo(r.out());
        assertThat(r.out()).contains("lint").contains("--fail-on").contains("explain");
    }
}
