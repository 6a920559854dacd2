package dev.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.headroom.testing.CliRun;

/**
 * {@code headroom budget} on an OpenBSD machine: the second budget of DESIGN.md §3, each kernel's
 * reservations of kernel virtual memory against its window (issue 9).
 */
class KernelBudgetTest {

    @TempDir
    Path tmp;

    private static CliRun budget(String example, String... more) {
        String[] args = {"budget", "--root", "examples/" + example, "--facts", "examples/" + example + "/host.ini"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return CliRun.of(all);
    }

    @Test
    void chat4freesKernelFitsItsWindowAsThePaperSays() {
        CliRun r = budget("chat4free");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kernel memory: CHAT4FREE (OpenBSD 3.1/i386, 512 MiB RAM)")
                .containsPattern("mb_map +16 MiB  NMBCLUSTERS 8192 × MCLBYTES 2048")
                .containsPattern("kmem_map +64 MiB  NKMEMPAGES 16384 × PAGE_SIZE 4096")
                .containsPattern("= reserved +106 MiB  fits, 406 MiB to spare");
        JsonObject j = JsonParser.parseString(budget("chat4free", "-f", "json").out()).getAsJsonObject();
        JsonObject k = j.getAsJsonArray("kernels").get(0).getAsJsonObject();
        assertThat(k.get("window").getAsLong()).isEqualTo(512L << 20);
        JsonArray parts = k.getAsJsonArray("reservations");
        assertThat(parts.get(0).getAsJsonObject().get("bytes").getAsLong()).isEqualTo(8192L * 2048);
        assertThat(parts.get(1).getAsJsonObject().get("bytes").getAsLong()).isEqualTo(16384L * 4096);
        assertThat(k.get("fits").getAsBoolean()).isTrue();
        assertThat(j.get("fits").getAsBoolean()).isTrue();
    }

    @Test
    void aKernelThatDoesNotFitMakesTheBudgetFail() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(root.resolve("BIG"), "machine i386\noption NMBCLUSTERS=262144\noption NKMEMPAGES=65536\n");
        Path facts = tmp.resolve("host.ini");
        Files.writeString(facts, "[host]\nram = 512M\n[openbsd]\nrelease = 3.3\narch = i386\nkernel = /BIG\n");
        CliRun r = CliRun.of("budget", "--root", root.toString(), "--facts", facts.toString());
        assertThat(r.exit()).isEqualTo(1);
        // 512 MiB of mb_map + 256 MiB of kmem_map + the buffer cache > 768 MiB
        assertThat(r.out()).contains("window            768 MiB").contains("does not fit");
    }

    @Test
    void svgIsRefusedForAKernelOnlyBudget() {
        CliRun r = budget("chat4free", "-f", "svg");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("an OpenBSD kernel's budget is text or json");
    }

    @Test
    void showListsTheKernelAsAnOpenbsdKernelService() {
        CliRun r = CliRun.of("show", "-f", "json", "--facts", "examples/chat4free/host.ini",
                "examples/chat4free/CHAT4FREE");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonObject s = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("services").get(0)
                .getAsJsonObject();
        assertThat(s.get("kind").getAsString()).isEqualTo("openbsd-kernel");
        assertThat(s.get("machine").getAsString()).isEqualTo("i386");
        JsonObject nmb = s.getAsJsonObject("settings").getAsJsonObject("NMBCLUSTERS");
        assertThat(nmb.get("value").getAsLong()).isEqualTo(8192);
        assertThat(nmb.get("origin").getAsString()).startsWith("examples/chat4free/CHAT4FREE:");
        assertThat(CliRun.of("show", "--root", "examples/chat4free", "--facts", "examples/chat4free/host.ini").out())
                .contains("OpenBSD kernel configuration, machine i386, maxusers 64");
    }
}
