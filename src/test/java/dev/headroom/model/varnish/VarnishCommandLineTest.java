package dev.headroom.model.varnish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** varnishd's -s, -a, -l and -p vsl_space as varnishd(1) (7.1) describes them. */
class VarnishCommandLineTest {

    private static VarnishCommandLine parse(String line) {
        return VarnishCommandLine.parse(List.of(line.split(" ")));
    }

    @Test
    void debiansUnit() {
        VarnishCommandLine c = parse("/usr/sbin/varnishd -j unix,user=vcache -F -a :6081 -T localhost:6082"
                + " -f /etc/varnish/default.vcl -S /etc/varnish/secret -s malloc,256m");
        assertThat(c.storageBytes()).isEqualTo(256L << 20);
        assertThat(c.vslBytes()).isEqualTo(80L << 20);
        assertThat(c.ports()).containsExactly(6081);
        assertThat(c.transientBounded()).isFalse();
    }

    @Test
    void withoutStorageTheDefaultIs100m() {
        assertThat(parse("varnishd -a :80").storageBytes()).isEqualTo(100L << 20);
        // a Transient storage alone does not replace the default one
        VarnishCommandLine t = parse("varnishd -s Transient=malloc,64m");
        assertThat(t.storageBytes()).isEqualTo((100L << 20) + (64L << 20));
        assertThat(t.transientBounded()).isTrue();
    }

    @Test
    void namedGluedAndRepeatedStorages() {
        VarnishCommandLine c = parse("varnishd -smain=malloc,1G -s static=malloc,512M -s disk=file,/var/cache/v,10G"
                + " -l 200m -a 127.0.0.1:8080,HTTP -a [::1]:8080");
        assertThat(c.storages()).extracting(VarnishCommandLine.Storage::name).containsExactly("main", "static", "disk");
        // the file storage lives in the page cache, not in varnishd's memory
        assertThat(c.storageBytes()).isEqualTo((1L << 30) + (512L << 20));
        assertThat(c.vslBytes()).isEqualTo(200L << 20);
        assertThat(c.ports()).containsExactly(8080, 8080);
    }

    @Test
    void vslSpaceAsAParameterAndNoListenMeansPort80() {
        VarnishCommandLine c = parse("varnishd -p vsl_space=1G -s malloc");
        assertThat(c.vslBytes()).isEqualTo(1L << 30);
        assertThat(c.storageBytes()).as("malloc without a size is unbound: not counted").isZero();
        assertThat(c.ports()).containsExactly(80);
    }

    @Test
    void badInputIsNotAnException() {
        assertThat(parse("varnishd -s").storages()).hasSize(1);
        assertThat(parse("varnishd -s malloc,lots -l x -a").storageBytes()).isZero();
    }
}
