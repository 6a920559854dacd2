package dev.headroom.model.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.headroom.testing.Oracles;

/**
 * The key table headroom ships is the one compiled into the installed systemd: the
 * {@code SECTION.KEY} strings of load-fragment-gperf in libsystemd-core. With
 * {@code -Dheadroom.updateUnitKeys=true} the test rewrites the resource instead.
 */
class UnitKeysTest {

    private static final Path CORE = Path.of("/usr/lib/x86_64-linux-gnu/systemd/libsystemd-core-252.so");
    private static final Pattern KEY = Pattern.compile(
            "(Unit|Service|Install|Socket|Timer|Mount|Path|Slice|Scope|Automount|Swap)\\.[A-Za-z0-9]+");

    @Test
    void tableIsTheInstalledSystemds() throws IOException {
        Oracles.require(Files.isRegularFile(CORE), "systemd 252's " + CORE);
        TreeSet<String> installed = strings(Files.readAllBytes(CORE));
        List<String> shipped = new ArrayList<>();
        List<String> header = new ArrayList<>();
        try (InputStream in = UnitKeys.class.getResourceAsStream(UnitKeys.RESOURCE)) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                (l.startsWith("#") ? header : shipped).add(l);
            }
        }
        if (Boolean.getBoolean("headroom.updateUnitKeys")) {
            Path res = Oracles.project().resolve("src/main/resources" + UnitKeys.RESOURCE);
            Files.writeString(res, String.join("\n", header) + "\n" + String.join("\n", installed) + "\n");
            return;
        }
        assertThat(installed).hasSizeGreaterThan(1000);
        assertThat(shipped).containsExactlyElementsOf(installed);
    }

    @Test
    void knowsKeysBySectionAndCase() {
        assertThat(UnitKeys.known("Service", "TimeoutStartSec")).isTrue();
        assertThat(UnitKeys.known("Service", "TimeoutStartsec")).isFalse();
        assertThat(UnitKeys.known("Unit", "MemoryMax")).isFalse();
        assertThat(UnitKeys.known("Socket", "MemoryMax")).isTrue();
        assertThat(UnitKeys.known("Install", "WantedBy")).isTrue();
    }

    @Test
    void typeComesFromTheNameOrTheDropInDirectory() {
        assertThat(UnitKeys.typeOf("/lib/systemd/system/clamd@.service")).isEqualTo("service");
        assertThat(UnitKeys.typeOf("/etc/systemd/system/clamd@scan.service.d/10-timeout.conf")).isEqualTo("service");
        assertThat(UnitKeys.typeOf("/etc/systemd/system/service.d/10-oom.conf")).isEqualTo("service");
        assertThat(UnitKeys.typeOf("/etc/systemd/system/fstrim.timer")).isEqualTo("timer");
        assertThat(UnitKeys.typeOf("/etc/systemd/system/x.Service")).isNull();
        assertThat(UnitKeys.typeOf("/tmp/override.conf")).isNull();
        assertThat(UnitKeys.sectionsOf("target")).containsExactlyInAnyOrder("Unit", "Target", "Install");
        assertThat(UnitKeys.sectionsOf("conf")).isNull();
    }

    /** Printable ASCII runs of the file, as strings(1) finds them, that look like table keys. */
    private static TreeSet<String> strings(byte[] bytes) {
        TreeSet<String> out = new TreeSet<>();
        int start = -1;
        for (int i = 0; i <= bytes.length; i++) {
            boolean printable = i < bytes.length && bytes[i] >= 0x20 && bytes[i] < 0x7f;
            if (printable && start < 0) {
                start = i;
            } else if (!printable && start >= 0) {
                String s = new String(bytes, start, i - start, StandardCharsets.US_ASCII);
                if (KEY.matcher(s).matches()) {
                    out.add(s);
                }
                start = -1;
            }
        }
        return out;
    }
}
