package dev.headroom.model.systemd.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random text never makes a parser fail with anything but InvalidValueException, and what a
 * parser accepts survives printing and reading back. Fixed seed, so a failure reproduces.
 */
class ValueFuzzTest {

    private static final String ALPHABET = "0123456789 .:%‰‱-+xXbBoOeEKMGTPsmhdwyuµμinfty\"'\\\t\u000B\fn\0ſ";
    private static final List<String> KEYS = List.of("MemoryMax", "MemorySwapMax", "MemoryLow");

    @Test
    void noParserThrowsAnythingElse() throws InvalidValueException {
        Random r = new Random(0x5EED_0252L);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String v = b.toString();
            try {
                TimeSpan t = TimeSpan.parse("RestartSec", v);
                assertThat(TimeSpan.parse("RestartSec", t.toString())).as("round trip of [%s]", v).isEqualTo(t);
                accepted++;
            } catch (InvalidValueException expected) {
                assertThat(expected.getMessage()).endsWith(expected.value());
            }
            try {
                MemoryLimit m = MemoryLimit.parse(KEYS.get(i % KEYS.size()), v);
                assertThat(MemoryLimit.parse(KEYS.get(i % KEYS.size()), m.toString())).isEqualTo(m);
                accepted++;
            } catch (InvalidValueException expected) {
                // fine
            }
            try {
                ResourceLimit l = ResourceLimit.parse("LimitNOFILE", v);
                assertThat(ResourceLimit.parse("LimitNOFILE", l.toString())).isEqualTo(l);
                accepted++;
            } catch (InvalidValueException expected) {
                // fine
            }
            try {
                Delegate.read("Delegate", v);
                SystemdBoolean.parse("PrivateTmp", v);
                ServiceType.parse("Type", v);
            } catch (InvalidValueException expected) {
                // fine
            }
        }
        assertThat(accepted).as("the alphabet makes valid values too").isGreaterThan(10_000);
    }
}
